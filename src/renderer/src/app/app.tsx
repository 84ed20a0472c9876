import { useState } from 'react'
import { AppShell } from './app-shell'
import { DataInUseScreen } from './data-in-use-screen'
import { LoadingScreen } from './loading-screen'
import { StartupFailure } from './startup-failure'
import { useStartup } from './use-startup'
import type { Reopen } from './use-startup'

/**
 * The whole app: a loading line, a full-page explanation when the data cannot be opened (with a
 * way on when another Dossier holds the folder), or the shell.
 */
export function App() {
  const { startup, reopen } = useStartup()
  // When the folder opens from the in-use screen, the button the user pressed is gone: focus the
  // new screen's title so that it is announced.
  const [reopened, setReopened] = useState(false)
  const reopenFromScreen: Reopen = (takeOver) => {
    setReopened(true)
    return reopen(takeOver)
  }
  switch (startup.phase) {
    case 'loading':
      return <LoadingScreen />
    case 'failed':
      return startup.error.code === 'data-in-use' ? (
        <DataInUseScreen error={startup.error} onReopen={reopenFromScreen} />
      ) : (
        <StartupFailure error={startup.error} />
      )
    case 'ready':
      return (
        <AppShell
          status={startup.status}
          initialSettings={startup.settings}
          settingsError={startup.settingsError}
          focusTitle={reopened}
        />
      )
  }
}
