import type { ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryKind } from '@shared/entities'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryHit, LibrarySearchResult } from '@shared/operations'
import { ok } from '@shared/result'
import type { Result } from '@shared/result'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ResultList } from '@renderer/features/library'
import type { DragData } from '@renderer/lib/drag-and-drop'

// Messages and irritants are what an officer reaches for first; the partner's profile last.
const KIND_ORDER: readonly LibraryKind[] = ['keyMessage', 'irritant', 'backgroundNote', 'partner']

/** Items linked to any of the partners, each once, by kind in that order. */
async function loadSuggestions(partnerIds: readonly string[]): Promise<Result<LibraryHit[]>> {
  const answers = await Promise.all(partnerIds.map((partnerId) => api['library.search']({ query: '', partnerId })))
  const seen = new Set<string>()
  const hits: LibraryHit[] = []
  for (const answer of answers) {
    if (!answer.ok) return answer as Result<never>
    for (const hit of (answer.value as LibrarySearchResult).hits) {
      const key = `${hit.kind}:${hit.item.id}`
      if (seen.has(key)) continue
      seen.add(key)
      hits.push(hit)
    }
  }
  const rank = (kind: LibraryKind) => KIND_ORDER.indexOf(kind) * LIBRARY_KINDS.length
  return ok(hits.sort((a, b) => rank(a.kind) - rank(b.kind)))
}

interface Props {
  partnerIds: readonly string[]
  renderActions: (hit: LibraryHit) => ReactNode
  dragData: (hit: LibraryHit) => DragData
  onExitTop: () => void
}

/** What the library links to this meeting's partners, ready to add. Remount (key) when the partners change. */
export function SuggestedList({ partnerIds, renderActions, dragData, onExitTop }: Props) {
  const { t } = useTranslation()
  const [view, reload] = useApiQuery(() => loadSuggestions(partnerIds))
  return (
    <div className="suggested">
      <h3 id="suggested-heading" className="list-count">
        {t('composer.picker.suggested')}
      </h3>
      {partnerIds.length === 0 && <p className="hint">{t('composer.picker.noPartners')}</p>}
      {view.state === 'loading' && <LoadingMessage />}
      {view.state === 'failed' && <ApiErrorMessage error={view.error} onRetry={reload} />}
      {view.state === 'ready' && partnerIds.length > 0 && view.value.length === 0 && (
        <p className="hint">{t('composer.picker.noSuggestions')}</p>
      )}
      {view.state === 'ready' && view.value.length > 0 && (
        <ResultList
          hits={view.value}
          labelledBy="suggested-heading"
          busy={false}
          renderActions={renderActions}
          dragData={dragData}
          onExitTop={onExitTop}
          compact
        />
      )}
    </div>
  )
}
