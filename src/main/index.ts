import { app, protocol } from 'electron'
import { APP_SCHEME_PRIVILEGES } from './electron/app-protocol'
import { launch } from './electron/launch'

// Electron accepts privileged schemes only before the app is ready, so at the top of the module.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

// One Dossier per user: a second launch focuses the first window instead of opening the same
// data folder twice (two writers would race on the same files).
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app
    .whenReady()
    .then(launch)
    .catch((error: unknown) => {
      console.error('Dossier could not start', error)
      app.exit(1)
    })
}
