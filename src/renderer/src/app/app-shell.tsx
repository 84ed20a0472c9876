import { useEffect, useMemo, useRef, useState } from 'react'
import type { Settings } from '@shared/entities'
import type { AppStatus } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { AppNavContext } from '@renderer/lib/app-nav'
import type { AppNav } from '@renderer/lib/app-nav'
import { rememberPlace } from '@renderer/lib/remembered-place'
import { WatchedBundlesBanner, WatchedBundlesProvider } from '@renderer/features/watch'
import { AppHeader } from './app-header'
import { LockButton } from './lock-button'
import { NoticesBanner } from './notices-banner'
import { PrimaryNav } from './primary-nav'
import { SectionScreen } from './section-screen'
import { firstSection } from './sections'
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
  const [section, setSection] = useState<Section>(firstSection)
  // Choosing the screen already shown starts it again from its list (the form or brief it had
  // open closes, saving as it goes), as a click on a section does everywhere.
  const [visit, setVisit] = useState(0)
  const [settings, setSettings] = useState(initialSettings)
  const mainRef = useRef<HTMLElement>(null)
  const navigated = useRef(focusTitle)

  const nav = useMemo<AppNav>(() => {
    // A screen opens on the remembered brief or record; a fresh visit makes it start again.
    const open = (section: Section, place: { briefId?: string; recordId?: string }) => {
      rememberPlace({ section, ...place })
      navigated.current = true
      setVisit((count) => count + 1)
      setSection(section)
    }
    return {
      openBrief: (briefId) => open('briefs', { briefId }),
      openRecord: (recordId) => open('meetings', { recordId })
    }
  }, [])

  const select = (next: Section) => {
    navigated.current = true
    if (next === section) setVisit((count) => count + 1)
    setSection(next)
    rememberPlace({ section: next, briefId: undefined, recordId: undefined })
  }

  // The screen's title, or the screen itself when it has none.
  const focusScreenHeading = () => (mainRef.current?.querySelector<HTMLElement>('h1') ?? mainRef.current)?.focus()

  // After the user picks a screen, focus goes to its title so it is announced; not on first
  // paint, unless the shell replaced a screen the user was acting on (focusTitle).
  useEffect(() => {
    if (!navigated.current) return
    navigated.current = false
    focusScreenHeading()
  }, [section, visit])

  return (
    <WatchedBundlesProvider>
      <AppNavContext.Provider value={nav}>
        {/* The frame fills the window: the header stays, and the screen below scrolls on its own. */}
        <div className="app-frame">
          <SkipLink targetId={MAIN_ID} />
          <AppHeader>
            <div className="header-actions">
              <PrimaryNav current={section} onSelect={select} />
              {onLock && <LockButton onLock={onLock} />}
            </div>
          </AppHeader>
          <main id={MAIN_ID} className="app-main" ref={mainRef} tabIndex={-1}>
            <div className="app-notices">
              <NoticesBanner notices={status.notices} onDismissed={focusScreenHeading} />
              {section !== 'exchange' && <WatchedBundlesBanner onReview={() => select('exchange')} />}
              {settingsError && <ApiErrorMessage error={settingsError} />}
            </div>
            <SectionScreen
              key={`${section}-${visit}`}
              section={section}
              status={status}
              settings={settings}
              onSettingsSaved={setSettings}
            />
          </main>
        </div>
      </AppNavContext.Provider>
    </WatchedBundlesProvider>
  )
}
