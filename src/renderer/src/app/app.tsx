import { AppShell } from './app-shell'
import { LoadingScreen } from './loading-screen'
import { StartupFailure } from './startup-failure'
import { useStartup } from './use-startup'

/** The whole app: a loading line, a full-page explanation when the data cannot be opened, or the shell. */
export function App() {
  const startup = useStartup()
  switch (startup.phase) {
    case 'loading':
      return <LoadingScreen />
    case 'failed':
      return <StartupFailure error={startup.error} />
    case 'ready':
      return (
        <AppShell status={startup.status} initialSettings={startup.settings} settingsError={startup.settingsError} />
      )
  }
}
