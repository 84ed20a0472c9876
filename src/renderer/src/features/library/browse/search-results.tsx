import type { ReactNode, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryKind } from '@shared/entities'
import type { LibraryHit } from '@shared/operations'
import type { DragData } from '@renderer/lib/drag-and-drop'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { countText } from './count-text'
import { ResultList } from './result-list'
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
}

const HEADING_ID = 'library-results-heading'

/**
 * The count and the found items. The count is also said in a live region once the answer for
 * the current input arrives, so screen reader users hear "3 results" without leaving the box.
 */
export function SearchResults(props: Props) {
  const { view, onOpen, onExitTop, onRetry, listRef, renderActions, dragData, compact } = props
  const { t } = useTranslation()
  const { answered, result, error, pending } = view
  const count = result && answered ? countText(t, answered, result.total) : ''
  return (
    <div className="results" data-state={pending ? 'pending' : 'ready'}>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {!pending && result ? count : ''}
      </div>
      {error && <ApiErrorMessage error={error} onRetry={onRetry} />}
      {!result && !error && <LoadingMessage />}
      {result && (
        <>
          <h2 id={HEADING_ID} className="list-count">
            {count}
          </h2>
          {result.hits.length < result.total && (
            <p className="hint">{t('search.showingFirst', { count: result.hits.length })}</p>
          )}
          {result.total === 0 ? (
            <div className="empty-state">
              <p>{(answered?.query ?? '').trim() === '' ? t('search.nothingHere') : t('search.noResults')}</p>
            </div>
          ) : (
            <ResultList
              ref={listRef}
              hits={result.hits}
              labelledBy={HEADING_ID}
              busy={pending}
              onOpen={onOpen}
              onExitTop={onExitTop}
              renderActions={renderActions}
              dragData={dragData}
              compact={compact}
            />
          )}
        </>
      )}
    </div>
  )
}
