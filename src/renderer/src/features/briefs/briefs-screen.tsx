import { useTranslation } from 'react-i18next'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { BriefRow } from './brief-row'
import { loadBriefs } from './load-briefs'

/** The briefs the officer has prepared. */
export function BriefsScreen() {
  const { t } = useTranslation()
  const [view, reload] = useApiQuery(loadBriefs)
  return (
    <>
      <ScreenHeading>{t('briefs.title')}</ScreenHeading>
      <p className="lead">{t('briefs.intro')}</p>
      {view.state === 'loading' && <LoadingMessage />}
      {view.state === 'failed' && <ApiErrorMessage error={view.error} onRetry={reload} />}
      {view.state === 'ready' &&
        (view.value.briefs.length === 0 ? (
          <div className="empty-state">
            <p>{t('briefs.empty')}</p>
            <p>{t('briefs.emptyHint')}</p>
          </div>
        ) : (
          <>
            <h2 id="briefs-count" className="list-count">
              {t('briefs.count', { count: view.value.briefs.length })}
            </h2>
            <ul className="card-list" aria-labelledby="briefs-count">
              {view.value.briefs.map((brief) => (
                <BriefRow key={brief.id} brief={brief} partnerNames={view.value.partnerNames} />
              ))}
            </ul>
          </>
        ))}
    </>
  )
}
