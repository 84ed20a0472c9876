import type { TFunction } from 'i18next'
import type { ReactNode, Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryKind } from '@shared/entities'
import type { LibraryHit } from '@shared/operations'
import type { DragData } from '@renderer/lib/drag-and-drop'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { countText } from './count-text'
import { onlySingleLetters } from './search-input'
import { VirtualResultList } from './virtual-result-list'
import type { Reveal } from './virtual-result-list'
import type { SearchView } from './use-library-search'

interface Props {
  view: SearchView
  /** Opens an item; a picker leaves it out and acts through `renderActions` (see ResultList). */
  onOpen?: (kind: LibraryKind, id: string) => void
  onExitTop: () => void
  onRetry: () => void
  listRef: Ref<HTMLUListElement>
  renderActions?: (hit: LibraryHit) => ReactNode
  dragData?: (hit: LibraryHit) => DragData
  compact?: boolean
  /** Scrolls the list to this place and focuses the item there if it is this one (see VirtualResultList). */
  reveal?: Reveal
}

const HEADING_ID = 'library-results-heading'

/** Why nothing is listed: the filters, the words, or a first letter typed and no second yet. */
function emptyMessage(t: TFunction, query: string): string {
  if (query.trim() === '') return t('search.nothingHere')
  return onlySingleLetters(query) ? t('search.keepTyping') : t('search.noResults')
}

/**
 * The count and the found items. The count is also said in a live region once the answer for
 * the current input arrives, so screen reader users hear "3 results" without leaving the box.
 */
export function SearchResults(props: Props) {
  const { view, onOpen, onExitTop, onRetry, listRef, renderActions, dragData, compact, reveal } = props
  const { t } = useTranslation()
  const { answered, total, error, pending } = view
  const count = total !== null && answered ? countText(t, answered, total) : ''
  return (
    <div className="results" data-state={pending ? 'pending' : 'ready'}>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {!pending && total !== null ? count : ''}
      </div>
      {error && <ApiErrorMessage error={error} onRetry={onRetry} />}
      {total === null && !error && <LoadingMessage />}
      {total !== null && (
        <>
          <h2 id={HEADING_ID} className="list-count">
            {count}
          </h2>
          {total === 0 ? (
            <div className="empty-state">
              <p>{emptyMessage(t, answered?.query ?? '')}</p>
            </div>
          ) : (
            <VirtualResultList
              ref={listRef}
              view={view}
              total={total}
              labelledBy={HEADING_ID}
              busy={pending}
              onOpen={onOpen}
              onExitTop={onExitTop}
              renderActions={renderActions}
              dragData={dragData}
              compact={compact}
              reveal={reveal}
            />
          )}
        </>
      )}
    </div>
  )
}
