import { memo, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import { pick } from '@shared/languages'
import type { SearchLibraryInput } from '@shared/library-inputs'
import type { LibraryHit } from '@shared/operations'
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  SearchBox,
  SearchFilters,
  SearchResults,
  toSearchInput,
  useLibrarySearch
} from '@renderer/features/library'
import type { LibraryFilters } from '@renderer/features/library'
import { useSearchShortcut } from '@renderer/lib/use-search-shortcut'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useComposer, useComposerState } from '../composer/composer-context'
import { defaultSectionId } from '../composer/new-items'
import { AddButton } from './add-button'
import { AddToSectionDialog } from './add-to-section-dialog'
import { libraryDragData } from './library-drag'
import { placedKeys } from './placed-items'
import { SuggestedList } from './suggested-list'

// With no words and no filter the picker shows suggestions, not the whole library: listing
// 20,000 items would cost a search nobody asked for. This one matches nothing, at once.
const IDLE_SEARCH: SearchLibraryInput = { query: '', kinds: [], limit: 1 }

interface Props {
  open: boolean
  onOpen: () => void
  onClose: () => void
}

/**
 * The library, to add from: search and filters, or suggestions for the meeting's partners. A
 * pane opened on demand; closed, it keeps its search for the next time and Ctrl+K opens it.
 * Drawn again only when its own state or props change, not at every keystroke of the brief.
 */
export const LibraryPicker = memo(function LibraryPicker({ open, onOpen, onClose }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { store, actions } = useComposer()
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<LibraryFilters>(DEFAULT_FILTERS)
  const [adding, setAdding] = useState<LibraryHit | null>(null)
  const [retries, setRetries] = useState(0)
  const searchRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const placedKey = useComposerState((state) => placedKeys(state.history.present))
  const partnerKey = useComposerState((state) => state.history.present.partnerIds.join(','))
  const placed = useMemo(() => new Set(placedKey.split('|')), [placedKey])
  const partnerIds = useMemo(() => (partnerKey === '' ? [] : partnerKey.split(',')), [partnerKey])

  const active = query.trim() !== '' || activeFilterCount(filters) > 0
  const view = useLibrarySearch(active ? toSearchInput({ tab: 'all', query, filters }) : IDLE_SEARCH, String(retries))
  useSearchShortcut(() => {
    onOpen()
    searchRef.current?.focus()
  })
  // Opened by the shortcut or the toolbar's button, the search takes focus once it is shown.
  useEffect(() => {
    if (open) searchRef.current?.focus()
  }, [open])

  // Focus goes back to the button that opened the pane, not to the top of the page.
  const close = () => {
    onClose()
    document.querySelector<HTMLElement>('[aria-controls="composer-picker"]')?.focus()
  }
  const addButtons = () => [...document.querySelectorAll<HTMLElement>('.picker [data-result-open]')]
  const renderActions = (hit: LibraryHit) => <AddButton hit={hit} placed={placed} onAdd={setAdding} />
  const dragData = (hit: LibraryHit) => libraryDragData(hit, pick(itemTitle(hit.kind, hit.item), language))
  const brief = store.getState().history.present

  return (
    <aside
      id="composer-picker"
      className="picker composer-pane"
      aria-labelledby="picker-heading"
      tabIndex={-1}
      hidden={!open}
      onKeyDown={(event) => {
        // Escape in the search clears it first (the search box handles that); then it closes the pane.
        if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('dialog[open]')) {
          event.preventDefault()
          close()
        }
      }}
    >
      <div className="composer-pane-heading">
        <h2 id="picker-heading" className="composer-pane-title">
          {t('composer.picker.title')}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={close}>
          {t('composer.picker.close')}
        </button>
      </div>
      <div className="picker-search" role="search" aria-label={t('search.regionLabel')}>
        <SearchBox
          ref={searchRef}
          query={query}
          onChange={setQuery}
          onOpenFirst={() => addButtons()[0]?.click()}
          onEnterResults={() => addButtons()[0]?.focus()}
        />
        <details className="picker-filters">
          <summary>{t('composer.picker.filters', { count: activeFilterCount(filters) })}</summary>
          <SearchFilters filters={filters} onChange={setFilters} showReview />
        </details>
      </div>
      <p className="hint">{t('composer.picker.hint')}</p>
      {active ? (
        <SearchResults
          view={view}
          onExitTop={() => searchRef.current?.focus()}
          onRetry={() => setRetries((n) => n + 1)}
          listRef={listRef}
          renderActions={renderActions}
          dragData={dragData}
          compact
        />
      ) : (
        <SuggestedList
          key={partnerKey}
          partnerIds={partnerIds}
          renderActions={renderActions}
          dragData={dragData}
          onExitTop={() => searchRef.current?.focus()}
        />
      )}
      {adding && (
        <AddToSectionDialog
          hit={adding}
          sections={brief.sections}
          defaultSectionId={defaultSectionId(brief, adding.kind)}
          onCancel={() => setAdding(null)}
          onAdd={(sectionId) => {
            actions.addFromLibrary({ kind: adding.kind, id: adding.item.id }, sectionId)
            setAdding(null)
          }}
        />
      )}
    </aside>
  )
})
