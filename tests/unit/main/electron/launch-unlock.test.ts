import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { channelFor } from '@shared/operations'
import type { OperationName } from '@shared/operations'
import type { Result } from '@shared/result'
import { launch } from '../../../../src/main/electron/launch'
import { fakeApp, FakeBrowserWindow, ipcMain, powerMonitor } from '../../electron-fake'

// The app as launch() wires it, with Electron faked: a first start asks for a passphrase before
// writing anything, and the screen locking or the computer sleeping locks the app, through the
// very channels the window uses.

const DEV_URL = 'http://localhost:5173/'
const PASSPHRASE = 'maple river lantern quietly'
let dataDir: string
let saved: { env: string | undefined; url: string | undefined }

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-launch-unlock-'))
  saved = { env: process.env['DOSSIER_DATA_DIR'], url: process.env['ELECTRON_RENDERER_URL'] }
  process.env['DOSSIER_DATA_DIR'] = dataDir
  process.env['ELECTRON_RENDERER_URL'] = DEV_URL
  ipcMain.handlers.clear()
  fakeApp.listeners.clear()
  powerMonitor.listeners.clear()
})
afterEach(async () => {
  if (saved.env === undefined) delete process.env['DOSSIER_DATA_DIR']
  else process.env['DOSSIER_DATA_DIR'] = saved.env
  if (saved.url === undefined) delete process.env['ELECTRON_RENDERER_URL']
  else process.env['ELECTRON_RENDERER_URL'] = saved.url
  await rm(dataDir, { recursive: true, force: true })
})

/** Calls an operation as the window's preload would. */
async function call(name: OperationName, input: unknown = {}): Promise<Result<unknown>> {
  const window = FakeBrowserWindow.created.at(-1)
  const event = { sender: { id: window?.webContents.id }, senderFrame: { url: DEV_URL, parent: null } }
  const handler = ipcMain.handlers.get(channelFor(name))
  return (await handler?.(event as unknown as IpcMainInvokeEvent, input)) as Result<unknown>
}

describe('launch on a new data folder', () => {
  it('asks for a passphrase, sets the folder up encrypted, and locks when the screen locks or the computer sleeps', async () => {
    await launch()
    expect(await call('app.status')).toMatchObject({ ok: false, error: { code: 'needs-set-up' } })
    expect(await readdir(dataDir)).not.toContain('library')

    expect(await call('app.openDataFolder', { takeOver: false, passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { dataDir, encrypted: true }
    })
    expect((await call('library.list', { kind: 'partner' })).ok).toBe(true)
    const lock = await readFile(join(dataDir, 'dossier.lock'), 'utf8')

    // No window is waiting for the word (the fake has no page): the lock is immediate.
    powerMonitor.emit('lock-screen')
    await expect.poll(async () => (await call('library.list', { kind: 'partner' })).ok).toBe(false)
    expect(await call('library.list', { kind: 'partner' })).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('screen-locked') }
    })
    expect(await readFile(join(dataDir, 'dossier.lock'), 'utf8')).toBe(lock)

    expect((await call('app.openDataFolder', { takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
    powerMonitor.emit('suspend')
    await expect.poll(async () => (await call('app.status')).ok).toBe(false)
    expect(await call('app.status')).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('suspend') }
    })

    // Quitting while locked still gives the folder back.
    const quit = new Promise<void>((resolve) => fakeApp.quit.mockImplementationOnce(() => resolve()))
    fakeApp.emit('before-quit', { preventDefault: () => undefined })
    await quit
    await expect(readFile(join(dataDir, 'dossier.lock'))).rejects.toThrow()
  })
})
