import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { channelFor } from '@shared/operations'
import type { OperationName } from '@shared/operations'
import type { Result } from '@shared/result'
import { computerKeysDir, safeStorageCredentialStore } from '../../../../src/main/electron/credential-store'
import { launch } from '../../../../src/main/electron/launch'
import { nodeFs } from '../../../../src/main/store'
import { newKeyFile, writeKeyFile } from '../../../../src/main/store/crypto/key-file'
import { fakeApp, FakeBrowserWindow, ipcMain, powerMonitor, safeStorage } from '../../electron-fake'

// The app as launch() wires it, with Electron faked: safeStorage is the credential store, the
// wrapped key goes to a folder under the system's application-data folder (never the data
// folder), and a start after turning it on opens the folder without the unlock screen.

const DEV_URL = 'http://localhost:5173/'
const PASSPHRASE = 'maple river lantern quietly'
let root: string
let appData: string
let dataDir: string
let saved: { env: string | undefined; url: string | undefined }

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-launch-computer-'))
  appData = join(root, 'appData')
  // The data folder where the app keeps it by default: the app's own folder under appData.
  dataDir = join(appData, 'Dossier')
  await mkdir(dataDir, { recursive: true })
  const { file } = await newKeyFile(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 })
  await writeKeyFile(nodeFs, dataDir, file)
  saved = { env: process.env['DOSSIER_DATA_DIR'], url: process.env['ELECTRON_RENDERER_URL'] }
  process.env['DOSSIER_DATA_DIR'] = dataDir
  process.env['ELECTRON_RENDERER_URL'] = DEV_URL
  vi.spyOn(fakeApp, 'getPath').mockImplementation((name?: string) => (name === 'appData' ? appData : dataDir))
  safeStorage.available = true
  safeStorage.backend = 'gnome_libsecret'
  ipcMain.handlers.clear()
  fakeApp.listeners.clear()
  powerMonitor.listeners.clear()
})
afterEach(async () => {
  await quit()
  vi.restoreAllMocks()
  safeStorage.available = false
  if (saved.env === undefined) delete process.env['DOSSIER_DATA_DIR']
  else process.env['DOSSIER_DATA_DIR'] = saved.env
  if (saved.url === undefined) delete process.env['ELECTRON_RENDERER_URL']
  else process.env['ELECTRON_RENDERER_URL'] = saved.url
  await rm(root, { recursive: true, force: true })
})

/** Calls an operation as the window's preload would. */
async function call(name: OperationName, input: unknown = {}): Promise<Result<unknown>> {
  const window = FakeBrowserWindow.created.at(-1)
  const event = { sender: { id: window?.webContents.id }, senderFrame: { url: DEV_URL, parent: null } }
  const handler = ipcMain.handlers.get(channelFor(name))
  return (await handler?.(event as unknown as IpcMainInvokeEvent, input)) as Result<unknown>
}

/** Quits as the app does (saves, gives the folder back); the next launch starts afresh. */
async function quit(): Promise<void> {
  if ((fakeApp.listeners.get('before-quit') ?? []).length === 0) return
  const done = new Promise<void>((resolve) => fakeApp.quit.mockImplementationOnce(() => resolve()))
  fakeApp.emit('before-quit', { preventDefault: () => undefined })
  await done
  ipcMain.handlers.clear()
  fakeApp.listeners.clear()
  powerMonitor.listeners.clear()
}

describe('launch with the credential store', () => {
  it('keeps the key beside the data folder, not in it, and opens without typing at the next start', async () => {
    await launch()
    expect(await call('app.status')).toMatchObject({ error: { code: 'data-locked' } })
    expect(await call('computerUnlock.status')).toEqual({ ok: true, value: { state: 'off' } })
    expect((await call('app.openDataFolder', { takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
    expect(await call('computerUnlock.turnOn', { passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { state: 'on' }
    })
    expect(safeStorage.encryptString).toHaveBeenCalled()

    const keysDir = computerKeysDir(appData)
    // Beside the default data folder (appData/Dossier), not inside it.
    expect(relative(dataDir, keysDir)).toBe(join('..', 'Dossier computer keys'))
    expect(await readdir(keysDir)).toHaveLength(1)
    expect((await readdir(dataDir, { recursive: true })).map(String).filter((name) => name.endsWith('.key'))).toEqual([
      'dossier.key'
    ])

    await quit()
    await launch()
    expect(await call('app.status')).toMatchObject({ ok: true, value: { dataDir, encrypted: true } })
    expect(safeStorage.decryptString).toHaveBeenCalled()

    // The screen locking locks it; the window's button unlocks it through the same channel.
    powerMonitor.emit('lock-screen')
    await expect.poll(async () => (await call('app.status')).ok).toBe(false)
    expect(await call('app.openDataFolder', { takeOver: false, credentialStore: true })).toMatchObject({ ok: true })
  })

  it('on Linux, treats the hard-coded fallback key as no protection and says why', async () => {
    safeStorage.backend = 'basic_text'
    await launch()
    const expected = process.platform === 'linux' ? { state: 'unsafe', reason: 'basic-text' } : { state: 'off' }
    expect(await call('computerUnlock.status')).toEqual({ ok: true, value: expected })
  })

  it('offers nothing when the system has no credential store', async () => {
    safeStorage.available = false
    await launch()
    expect(await call('computerUnlock.status')).toEqual({ ok: true, value: { state: 'not-offered' } })
  })

  it('asks for the passphrase when the kept key does not open, logging that without its content', async () => {
    await launch()
    await call('app.openDataFolder', { takeOver: false, passphrase: PASSPHRASE })
    await call('computerUnlock.turnOn', { passphrase: PASSPHRASE })
    await quit()
    // Another computer account's store: nothing it wrapped opens here.
    safeStorage.decryptString.mockImplementationOnce(() => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    })
    await launch()
    expect(await call('app.status')).toMatchObject({ error: { code: 'data-locked' } })
    expect(await call('computerUnlock.status')).toEqual({ ok: true, value: { state: 'failed' } })
    const logged = await readFile(join(dataDir, 'logs', 'dossier.log'), 'utf8')
    expect(logged).toContain('was ignored: the credential store could not open it')
    const [keyName] = await readdir(computerKeysDir(appData))
    const wrapped = JSON.parse(await readFile(join(computerKeysDir(appData), keyName!), 'utf8')).wrapped as string
    expect(logged).not.toContain(wrapped)
  })
})

describe('safeStorage as the credential store', () => {
  it('asks which backend Chromium chose only on Linux, where there is a choice', () => {
    safeStorage.getSelectedStorageBackend.mockClear()
    expect(safeStorageCredentialStore(safeStorage, 'darwin').selectedBackend()).toBeNull()
    expect(safeStorageCredentialStore(safeStorage, 'win32').selectedBackend()).toBeNull()
    expect(safeStorage.getSelectedStorageBackend).not.toHaveBeenCalled()
    safeStorage.backend = 'kwallet6'
    expect(safeStorageCredentialStore(safeStorage, 'linux').selectedBackend()).toBe('kwallet6')
  })

  it('passes the text through encryption and back', async () => {
    const store = safeStorageCredentialStore(safeStorage, 'linux')
    const wrapped = await store.encryptString('a data key in base64')
    expect(wrapped.toString('utf8')).not.toContain('a data key in base64')
    expect(await store.decryptString(wrapped)).toBe('a data key in base64')
    await expect(store.decryptString(Buffer.from('not wrapped'))).rejects.toThrow()
  })
})
