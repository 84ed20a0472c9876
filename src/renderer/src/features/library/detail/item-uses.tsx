import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryKind } from '@shared/entities'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LocalizedText } from '@renderer/components/localized-text'
import { useAppNav } from '@renderer/lib/app-nav'

/** The briefs that use this item, each opening in the composer: it cannot be deleted while they do. */
export function ItemUses({ kind, id }: { kind: LibraryKind; id: string }) {
  const { t } = useTranslation()
  const nav = useAppNav()
  const [uses, retry] = useApiQuery(() => api['library.uses']({ kind, id }))
  return (
    <section className="detail-section" aria-labelledby="uses-heading">
      <h2 id="uses-heading">{t('library.uses.title')}</h2>
      {uses.state === 'loading' && <p className="loading">{t('common.loading')}</p>}
      {uses.state === 'failed' && <ApiErrorMessage error={uses.error} onRetry={retry} />}
      {uses.state === 'ready' &&
        (uses.value.length === 0 ? (
          <p data-testid="item-uses">{t('library.uses.none')}</p>
        ) : (
          <div data-testid="item-uses">
            <p>{t('library.uses.count', { count: uses.value.length })}</p>
            <ul>
              {uses.value.map((use) => (
                <li key={use.briefId}>
                  {nav ? (
                    <button type="button" className="link-button" onClick={() => nav.openBrief(use.briefId)}>
                      <LocalizedText value={use.briefTitle} fallback={use.briefId} />
                    </button>
                  ) : (
                    <LocalizedText value={use.briefTitle} fallback={use.briefId} />
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  )
}
