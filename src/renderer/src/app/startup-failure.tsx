import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError } from '@shared/result'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { errorMessage } from '@renderer/i18n/messages'
import { AppHeader } from './app-header'

/** Shown instead of the app when the data cannot be opened (for example, saved by a newer version). */
export function StartupFailure({ error }: { error: ApiError }) {
  const { t } = useTranslation()
  return (
    <>
      <AppHeader />
      <main id="main-content" className="app-main startup-failure">
        <ScreenHeading>{t('startup.failedTitle')}</ScreenHeading>
        <p className="lead">{errorMessage(t, error)}</p>
        <p className="failure-label">{t('startup.failedMessageLabel')}</p>
        {/* The app's own message is plain English by contract. */}
        <p className="failure-message" lang="en-CA">
          {error.message}
        </p>
      </main>
    </>
  )
}
