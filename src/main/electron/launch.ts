import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, powerMonitor, protocol, safeStorage, session } from 'electron'
import type { BrowserWindow as BrowserWindowType } from 'electron'
import { openApi, tableOnceOpen } from '../api'
import { createFileLogger } from '../core/log'
import type { Logger } from '../core/log'
import { releaseDataLock } from '../store'
import type { Store } from '../store'
import { resolveDataDir } from '../store/data-dir'
import { createAppUrlCheck } from './app-origin'
import { APP_ENTRY_URL, APP_SCHEME } from './app-protocol'
import { createAppProtocolHandler } from './app-protocol-handler'
import { computerKeysDir, safeStorageCredentialStore } from './credential-store'
import { createElectronHost } from './dialogs'
import { bindApi, createSenderCheck } from './ipc'
import { lockOnSystemEvents } from './lock-triggers'
import { installApplicationMenu } from './menu'
import { guardApp, guardSession } from './security'
import { createMainWindow } from './window'

/**
 * Holds the quit until every queued save is on disk, then gives the data folder back: the
 * renderer's last autosave may still be on its way when the window closes. The store is read
 * at quit, not at start: the window may have opened the folder after start (a take-over).
 */
function flushBeforeQuit(dataDir: string, currentStore: () => Store | null, log: Logger): void {
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    flushed = true
    const store = currentStore()
    void (store ? store.flush() : Promise.resolve())
      .catch((error: unknown) => log.error('Saves still queued at quit could not be written', error))
      .then(() => releaseDataLock(dataDir))
      .catch((error: unknown) => log.error('The data folder lock could not be removed', error))
      .finally(() => app.quit())
  })
}

/** Starts Dossier once Electron is ready: data folder, api, guards, IPC, menu and the window. */
export async function launch(): Promise<void> {
  const outDir = join(import.meta.dirname, '..')
  const rendererDir = join(outDir, 'renderer')
  const devUrl = (!app.isPackaged && process.env['ELECTRON_RENDERER_URL']) || undefined
  // Built files are served from app://, never file:// (whose extra privileges the packaged app's
  // fuses turn off); the dev server serves itself.
  if (devUrl === undefined) protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir))
  const rendererUrl = devUrl ?? APP_ENTRY_URL
  const isAppUrl = createAppUrlCheck(devUrl)

  const dataDir = resolveDataDir({ argv: process.argv, env: process.env, defaultDir: app.getPath('userData') })
  const log = createFileLogger(join(dataDir, 'logs', 'dossier.log'))
  const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
  let window: BrowserWindowType | null = null
  const host = createElectronHost(() => window, app.getPath('documents'))
  // The session's table stays the one bound below, while the table behind it may change. As the
  // app, a new folder waits for its passphrase, a plain one for a passphrase to encrypt it with,
  // and an encrypted one locks after the idle time chosen in Settings (15 minutes unless changed);
  // where the user turned it on, this computer's credential store unlocks it without typing.
  const credentials = { store: safeStorageCredentialStore(safeStorage), dir: computerKeysDir(app.getPath('appData')) }
  // The window loads while the data folder opens (most of a second for a large library): its
  // calls wait for the folder, not for the window to be created after it.
  const opening = openApi({ dataDir, resourcesDir, log, host, app: { credentials } })

  guardApp(app, isAppUrl)
  guardSession(session.defaultSession, isAppUrl)
  installApplicationMenu(process.platform, devUrl !== undefined)

  bindApi(
    ipcMain,
    tableOnceOpen(opening.then((opened) => opened.api)),
    createSenderCheck(() => window?.webContents.id, isAppUrl)
  )
  const preloadPath = join(outDir, 'preload', 'index.cjs')
  const created = createMainWindow(preloadPath, rendererUrl)
  window = created.window
  const apiSession = await opening
  flushBeforeQuit(dataDir, () => apiSession.store, log)
  // powerMonitor may be used only once the app is ready, which it is by now.
  lockOnSystemEvents(powerMonitor, apiSession, log)
  await created.loaded

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', async () => {
    if (BrowserWindow.getAllWindows().length > 0) return
    const reopened = createMainWindow(preloadPath, rendererUrl)
    window = reopened.window
    await reopened.loaded
  })
}
