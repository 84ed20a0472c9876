import { useTranslation } from '@renderer/i18n/translation'
import { AppHeader } from './app-header'

/** The brief wait while settings are read. The language is not known yet, so it speaks both. */
export function LoadingScreen() {
  const { t } = useTranslation()
  return (
    <>
      <AppHeader />
      <main id="main-content" className="app-main" aria-busy="true">
        <p className="loading" role="status">
          <span lang="en-CA">{t('common.loading', { lng: 'en' })}</span>{' '}
          <span lang="fr-CA">{t('common.loading', { lng: 'fr' })}</span>
        </p>
      </main>
    </>
  )
}
