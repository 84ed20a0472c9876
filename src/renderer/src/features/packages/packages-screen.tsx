import { useTranslation } from 'react-i18next'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { PackageRow } from './package-row'

/** Packages (trip binders). Building them comes later; this screen lists what exists. */
export function PackagesScreen() {
  const { t } = useTranslation()
  const [packages, reload] = useApiQuery(() => api['packages.list']({}))
  return (
    <>
      <ScreenHeading>{t('packages.title')}</ScreenHeading>
      <p className="lead">{t('packages.intro')}</p>
      {packages.state === 'loading' && <LoadingMessage />}
      {packages.state === 'failed' && <ApiErrorMessage error={packages.error} onRetry={reload} />}
      {packages.state === 'ready' &&
        (packages.value.length === 0 ? (
          <div className="empty-state">
            <p>{t('packages.empty')}</p>
            <p>{t('packages.emptyHint')}</p>
          </div>
        ) : (
          <>
            <h2 id="packages-count" className="list-count">
              {t('packages.count', { count: packages.value.length })}
            </h2>
            <ul className="card-list" aria-labelledby="packages-count">
              {packages.value.map((pkg) => (
                <PackageRow key={pkg.id} pkg={pkg} />
              ))}
            </ul>
          </>
        ))}
    </>
  )
}
