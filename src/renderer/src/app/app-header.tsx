import type { ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'

/** The banner: the app's name, and the main menu when there is an app to navigate. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        {children}
      </div>
    </header>
  )
}
