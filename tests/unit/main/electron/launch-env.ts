import type { IpcMainInvokeEvent } from 'electron'
import { channelFor } from '@shared/operations'
import type { OperationName } from '@shared/operations'
import type { Result } from '@shared/result'
import { fakeApp, FakeBrowserWindow, ipcMain, powerMonitor } from '../../electron-fake'

// What the launch() tests share: the environment launch() reads, the fakes it registers with,
// and the window's side of the IPC channels.

/** The dev server's URL spares the fake the app:// protocol; the window's origin is then this URL. */
export const DEV_URL = 'http://localhost:5173/'

/**
 * Points launch() at `dataDir` with fresh fakes; returns what puts the environment back. The fakes'
 * handlers and listeners are cleared so that a launch never answers through an earlier test's.
 */
export function pointLaunchAt(dataDir: string): () => void {
  const saved = { env: process.env['DOSSIER_DATA_DIR'], url: process.env['ELECTRON_RENDERER_URL'] }
  process.env['DOSSIER_DATA_DIR'] = dataDir
  process.env['ELECTRON_RENDERER_URL'] = DEV_URL
  ipcMain.handlers.clear()
  fakeApp.listeners.clear()
  powerMonitor.listeners.clear()
  return () => {
    if (saved.env === undefined) delete process.env['DOSSIER_DATA_DIR']
    else process.env['DOSSIER_DATA_DIR'] = saved.env
    if (saved.url === undefined) delete process.env['ELECTRON_RENDERER_URL']
    else process.env['ELECTRON_RENDERER_URL'] = saved.url
  }
}

/** Calls an operation as the window's preload would, from `window` (the newest one unless given). */
export async function callAsWindow(
  name: OperationName,
  input: unknown = {},
  window: FakeBrowserWindow | undefined = FakeBrowserWindow.created.at(-1)
): Promise<Result<unknown>> {
  const event = { sender: { id: window?.webContents.id }, senderFrame: { url: DEV_URL, parent: null } }
  const handler = ipcMain.handlers.get(channelFor(name))
  return (await handler?.(event as unknown as IpcMainInvokeEvent, input)) as Result<unknown>
}
