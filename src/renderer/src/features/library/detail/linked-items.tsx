import { useTranslation } from '@renderer/i18n/translation'
import { itemTitle } from '@shared/entities'
import type { LibraryKind } from '@shared/entities'
import type { LibraryHit } from '@shared/operations'
import { useApiQuery } from '@renderer/api/use-api-query'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LocalizedText } from '@renderer/components/localized-text'
import { ReviewBadge } from '@renderer/components/review-badge'
import { StatusBadge } from '@renderer/components/status-badge'
import { useLibraryNav } from '../library-nav'

const LINKED_KINDS = ['keyMessage', 'irritant', 'backgroundNote'] as const satisfies readonly LibraryKind[]

/** The key messages, irritants and background notes linked to a partner, by kind. */
export function LinkedItems({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation()
  const nav = useLibraryNav()
  const [found, retry] = useApiQuery(() =>
    api['library.search']({ query: '', partnerId, kinds: [...LINKED_KINDS], sort: 'title', limit: 1000 })
  )
  if (found.state === 'loading') return <p className="loading">{t('common.loading')}</p>
  if (found.state === 'failed') return <ApiErrorMessage error={found.error} onRetry={retry} />
  const byKind = (kind: LibraryKind): LibraryHit[] => found.value.hits.filter((hit) => hit.kind === kind)

  return (
    <>
      {LINKED_KINDS.map((kind) => {
        const hits = byKind(kind)
        const headingId = `linked-${kind}`
        return (
          <section key={kind} className="detail-section" aria-labelledby={headingId} data-testid={`linked-${kind}`}>
            <h2 id={headingId}>{t(`library.linked.${kind}`, { count: hits.length })}</h2>
            {hits.length === 0 ? (
              <p className="hint">{t('library.linked.none')}</p>
            ) : (
              <ul className="linked-list">
                {hits.map((hit) => (
                  <li key={hit.item.id} className="linked-item" data-testid="linked-item">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => nav.go({ view: 'detail', kind: hit.kind, id: hit.item.id })}
                    >
                      <LocalizedText value={itemTitle(hit.kind, hit.item)} fallback={t('library.untitled')} />
                    </button>
                    {hit.item.status !== 'approved' && <StatusBadge status={hit.item.status} />}
                    <ReviewBadge state={hit.review} />
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => nav.go({ view: 'edit', kind, id: null, partnerIds: [partnerId] })}
            >
              {t(`library.new.${kind}`)}
            </button>
          </section>
        )
      })}
    </>
  )
}
