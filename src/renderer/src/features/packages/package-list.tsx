import { useEffect } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { PackageRow } from './package-row'
import type { PackagesGo } from './packages-nav'

/** Every package, the next trip first, with a button to make a new one. */
export function PackageList({ go, onReady }: { go: PackagesGo; onReady: () => void }) {
  const { t } = useTranslation()
  const [packages, reload] = useApiQuery(() => api['packages.list']({}))
  useEffect(() => onReady(), [onReady])
  const sorted =
    packages.state === 'ready' ? [...packages.value].sort((a, b) => b.startDate.localeCompare(a.startDate)) : []
  return (
    <>
      <div className="screen-title-row">
        <ScreenHeading>{t('packages.title')}</ScreenHeading>
        <button type="button" className="button" onClick={() => go({ view: 'new' })}>
          {t('packageEditor.new')}
        </button>
      </div>
      <p className="lead">{t('packages.intro')}</p>
      {packages.state === 'loading' && <LoadingMessage />}
      {packages.state === 'failed' && <ApiErrorMessage error={packages.error} onRetry={reload} />}
      {packages.state === 'ready' &&
        (sorted.length === 0 ? (
          <div className="empty-state">
            <p>{t('packages.empty')}</p>
            <p>{t('packageEditor.emptyHint')}</p>
          </div>
        ) : (
          <>
            <h2 id="packages-count" className="list-count">
              {t('packages.count', { count: sorted.length })}
            </h2>
            <ul className="card-list" aria-labelledby="packages-count">
              {sorted.map((pkg) => (
                <PackageRow key={pkg.id} pkg={pkg} onOpen={() => go({ view: 'edit', id: pkg.id })} />
              ))}
            </ul>
          </>
        ))}
    </>
  )
}
