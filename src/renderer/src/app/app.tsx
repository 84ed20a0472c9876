import { useState } from 'react'
import { needsWelcome } from '@shared/entities'
import { AppShell } from './app-shell'
import { DataInUseScreen } from './data-in-use-screen'
import { LoadingScreen } from './loading-screen'
import { ProtectScreen } from './protect-screen'
import { SetUpScreen } from './set-up-screen'
import { StartupFailure } from './startup-failure'
import { UnlockScreen } from './unlock-screen'
import { useLockWatch } from './use-lock-watch'
import { useStartup } from './use-startup'
import type { OfferPassphrase, Reopen } from './use-startup'
import { WelcomeScreen } from './welcome-screen'

/**
 * The whole app: a loading line, a full-page explanation when the data cannot be opened (with a
 * way on when another Dossier holds the folder), the passphrase screens (set-up of a new folder,
 * encryption of a plain one, unlock of an encrypted one), the first-start step while nobody has
 * given a name in this folder, or the shell. Locking replaces the shell, and everything it has
 * loaded, with the unlock screen.
 */
export function App() {
  const { startup, reopen, unlock, unlockWithComputer, setUp, encrypt, lock, dropContent, welcomed } = useStartup()
  // When the folder opens from a screen of its own, the button the user pressed is gone: focus
  // the new screen's title so that it is announced.
  const [reopened, setReopened] = useState(false)
  const reopenFromScreen: Reopen = (takeOver) => {
    setReopened(true)
    return reopen(takeOver)
  }
  const offerFromScreen =
    (offer: OfferPassphrase): OfferPassphrase =>
    (passphrase) => {
      setReopened(true)
      return offer(passphrase)
    }
  const encryptedAndOpen = startup.phase === 'ready' && startup.status.encrypted
  useLockWatch(encryptedAndOpen, (reason) => void lock(reason), dropContent)
  switch (startup.phase) {
    case 'loading':
      return <LoadingScreen />
    case 'set-up':
      return <SetUpScreen onSetUp={offerFromScreen(setUp)} />
    case 'protect':
      return <ProtectScreen onEncrypt={offerFromScreen(encrypt)} />
    case 'locked':
      return (
        <UnlockScreen
          reason={startup.reason}
          onUnlock={offerFromScreen(unlock)}
          onUnlockWithComputer={() => {
            setReopened(true)
            return unlockWithComputer()
          }}
        />
      )
    case 'failed':
      return startup.error.code === 'data-in-use' ? (
        <DataInUseScreen error={startup.error} onReopen={reopenFromScreen} />
      ) : (
        <StartupFailure error={startup.error} />
      )
    case 'ready':
      // Settings that could not be read cannot be answered into: the shell says why instead.
      if (needsWelcome(startup.settings) && !startup.settingsError) {
        return (
          <WelcomeScreen
            settings={startup.settings}
            onDone={(settings) => {
              setReopened(true)
              welcomed(settings)
            }}
          />
        )
      }
      return (
        <AppShell
          status={startup.status}
          initialSettings={startup.settings}
          settingsError={startup.settingsError}
          focusTitle={reopened}
          onLock={encryptedAndOpen ? () => lock('user') : undefined}
        />
      )
  }
}
