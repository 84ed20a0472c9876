import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryKind } from '@shared/entities'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { useLibraryNav } from '../library-nav'
import { BROWSE_TABS, LibraryTabs, panelId, tabId } from './library-tabs'
import { NewItemButtons } from './new-item-buttons'
import { SearchBox } from './search-box'
import { SearchFilters } from './search-filters'
import type { BrowseState } from './search-input'
import { activeFilterCount, toSearchInput } from './search-input'
import { SearchResults } from './search-results'
import { useLibrarySearch } from './use-library-search'

interface Props {
  state: BrowseState
  onChange: (state: BrowseState) => void
  searchRef: RefObject<HTMLInputElement | null>
  /** The item the user came back from, to give focus back to its title. */
  returnTo: string | undefined
}

// Where the item last opened from the list was in it, to bring the list back there on return.
let lastOpened: { id: string; position: number } | null = null

/** The library's lists: one search box, filters, tabs by kind and Needs review, and the results. */
export function BrowseView({ state, onChange, searchRef, returnTo }: Props) {
  const { t } = useTranslation()
  const nav = useLibraryNav()
  const [retries, setRetries] = useState(0)
  const view = useLibrarySearch(toSearchInput(state), `${nav.revision}-${retries}`)
  const listRef = useRef<HTMLUListElement>(null)
  const set = (patch: Partial<BrowseState>) => {
    // A new search or filter: the list is no longer the one the item was opened from.
    setBack(null)
    onChange({ ...state, ...patch })
  }
  // The same function at every keystroke, so the cards (memoized) are not drawn again.
  const { go } = nav
  const open = useCallback(
    (kind: LibraryKind, id: string) => {
      const card = listRef.current
        ?.querySelector(`[data-result-open="${CSS.escape(id)}"]`)
        ?.closest<HTMLElement>('[data-position]')
      lastOpened = card ? { id, position: Number(card.dataset['position']) } : null
      go({ view: 'detail', kind, id })
    },
    [go]
  )
  const resultButtons = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[data-result-open]') ?? [])]
  const focusHeading = useCallback(() => document.querySelector<HTMLElement>('.library h1')?.focus(), [])

  // Coming back from an item, focus returns to its title in the list once the list is there:
  // the list scrolls back to where it was opened from, however far down. Focus goes to the
  // heading when the item is not listed (it was opened from a partner's profile).
  const returned = useRef(false)
  const [back, setBack] = useState(() => (returnTo !== undefined && lastOpened?.id === returnTo ? lastOpened : null))
  const reveal = useMemo(
    () => (back === null ? undefined : { ...back, onMissing: focusHeading, onDone: () => setBack(null) }),
    [back, focusHeading]
  )
  useEffect(() => {
    if (returned.current || !returnTo || view.total === null) return
    returned.current = true
    const button = resultButtons().find((each) => each.dataset['resultOpen'] === returnTo)
    if (button) button.focus()
    // Drawn further down: the list scrolls back to it and focuses it (`reveal`).
    else if (back === null) focusHeading()
  }, [returnTo, view.total, focusHeading, back])

  return (
    <>
      {/* One compact toolbar: the items start in the first screenful, filters open on demand. */}
      <div className="library-toolbar">
        <ScreenHeading>{t('library.title')}</ScreenHeading>
        <div className="search-area" role="search" aria-label={t('search.regionLabel')}>
          <SearchBox
            ref={searchRef}
            query={state.query}
            onChange={(query) => set({ query })}
            onOpenFirst={() => resultButtons()[0]?.click()}
            onEnterResults={() => resultButtons()[0]?.focus()}
          />
          <details className="filters-disclosure">
            <summary>{t('search.filtersToggle', { count: activeFilterCount(state.filters) })}</summary>
            <SearchFilters
              filters={state.filters}
              onChange={(filters) => set({ filters })}
              showReview={state.tab !== 'needs-review'}
            />
          </details>
        </div>
      </div>
      <LibraryTabs selected={state.tab} onSelect={(tab) => set({ tab })} />
      {BROWSE_TABS.map((tab) => (
        <div
          key={tab}
          id={panelId(tab)}
          className="tab-panel"
          role="tabpanel"
          aria-labelledby={tabId(tab)}
          hidden={tab !== state.tab}
        >
          {tab === state.tab && (
            <>
              <div className="panel-header">
                {tab === 'needs-review' && <p className="hint">{t('library.needsReviewIntro')}</p>}
                {tab !== 'all' && tab !== 'needs-review' && state.query.trim() !== '' && (
                  // A search typed on a kind's tab looks in that kind only; one click widens it.
                  <p className="hint">
                    {t(`search.inKindOnly.${tab}`)}{' '}
                    <button type="button" className="link-button" onClick={() => set({ tab: 'all' })}>
                      {t('search.searchAll')}
                    </button>
                  </p>
                )}
                {tab !== 'needs-review' && (
                  <NewItemButtons tab={tab} onCreate={(kind) => nav.go({ view: 'edit', kind, id: null })} />
                )}
              </div>
              <SearchResults
                view={view}
                onOpen={open}
                onExitTop={() => searchRef.current?.focus()}
                onRetry={() => setRetries((n) => n + 1)}
                listRef={listRef}
                reveal={reveal}
              />
            </>
          )}
        </div>
      ))}
    </>
  )
}
