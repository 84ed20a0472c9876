import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, session } from 'electron'
import type { BrowserWindow as BrowserWindowType } from 'electron'
import { openApi } from '../api'
import { createFileLogger } from '../core/log'
import { resolveDataDir } from '../store/data-dir'
import { createAppUrlCheck } from './app-origin'
import { createElectronHost } from './dialogs'
import { GrantedPaths } from './granted-paths'
import { bindApi, createSenderCheck } from './ipc'
import { installApplicationMenu } from './menu'
import { guardApp, guardSession } from './security'
import { createMainWindow } from './window'
import type { RendererSource } from './window'

/** Starts Dossier once Electron is ready: data folder, api, guards, IPC, menu and the window. */
export async function launch(): Promise<void> {
  const outDir = join(import.meta.dirname, '..')
  const rendererDir = join(outDir, 'renderer')
  const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined
  const source: RendererSource = devUrl ? { url: devUrl } : { file: join(rendererDir, 'index.html') }
  const isAppUrl = createAppUrlCheck(source, rendererDir)

  const dataDir = resolveDataDir({ argv: process.argv, env: process.env, defaultDir: app.getPath('userData') })
  const log = createFileLogger(join(dataDir, 'logs', 'dossier.log'))
  const resourcesDir = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
  let window: BrowserWindowType | null = null
  const granted = new GrantedPaths()
  const host = createElectronHost(() => window, granted, app.getPath('documents'))
  const { api } = await openApi({ dataDir, resourcesDir, log, host })

  guardApp(app, isAppUrl)
  guardSession(session.defaultSession, isAppUrl)
  installApplicationMenu(process.platform, devUrl !== undefined)

  bindApi(
    ipcMain,
    api,
    createSenderCheck(() => window?.webContents.id, isAppUrl),
    granted
  )
  const preloadPath = join(outDir, 'preload', 'index.cjs')
  window = await createMainWindow(preloadPath, source)

  app.on('second-instance', () => {
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  app.on('activate', async () => {
    if (BrowserWindow.getAllWindows().length === 0) window = await createMainWindow(preloadPath, source)
  })
}
