import { useEffect, useRef, useState } from 'react'
import type { Settings } from '@shared/entities'
import type { AppStatus } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { WatchedBundlesBanner } from '@renderer/features/watch/watched-bundles-banner'
import { WatchedBundlesProvider } from '@renderer/features/watch/watched-bundles-context'
import { AppHeader } from './app-header'
import { LockButton } from './lock-button'
import { NoticesBanner } from './notices-banner'
import { PrimaryNav } from './primary-nav'
import { SectionScreen } from './section-screen'
import { START_SECTION } from './sections'
import type { Section } from './sections'
import { SkipLink } from './skip-link'

const MAIN_ID = 'main-content'

interface Props {
  status: AppStatus
  initialSettings: Settings
  /** Settings could not be read at start; the defaults are in use and the user is told why. */
  settingsError: ApiError | null
  /** Focus the screen's title on first paint: the app replaced a screen the user was acting on. */
  focusTitle?: boolean
  /** Locks the app now; offered only for an encrypted folder (a plain one has no passphrase to unlock with). */
  onLock?: () => Promise<void>
}

/**
 * The working app: header and menu, start-up notices, news from the watched folders, and the
 * current screen. Owns navigation.
 */
export function AppShell({ status, initialSettings, settingsError, focusTitle = false, onLock }: Props) {
  const [section, setSection] = useState<Section>(START_SECTION)
  const [settings, setSettings] = useState(initialSettings)
  const mainRef = useRef<HTMLElement>(null)
  const navigated = useRef(focusTitle)

  const select = (next: Section) => {
    navigated.current = true
    setSection(next)
  }

  // After the user picks a screen, focus goes to its title so it is announced; not on first
  // paint, unless the shell replaced a screen the user was acting on (focusTitle).
  useEffect(() => {
    if (!navigated.current) return
    navigated.current = false
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [section])

  return (
    <WatchedBundlesProvider>
      <SkipLink targetId={MAIN_ID} />
      <AppHeader>
        <div className="header-actions">
          <PrimaryNav current={section} onSelect={select} />
          {onLock && <LockButton onLock={onLock} />}
        </div>
      </AppHeader>
      <main id={MAIN_ID} className="app-main" ref={mainRef} tabIndex={-1}>
        <NoticesBanner notices={status.notices} />
        {section !== 'exchange' && <WatchedBundlesBanner onReview={() => select('exchange')} />}
        {settingsError && <ApiErrorMessage error={settingsError} />}
        <SectionScreen section={section} status={status} settings={settings} onSettingsSaved={setSettings} />
      </main>
    </WatchedBundlesProvider>
  )
}
