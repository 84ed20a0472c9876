import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApi } from '../../../../src/main/api'
import type { ApiSession } from '../../../../src/main/api'
import { createComputerUnlock } from '../../../../src/main/api/computer-unlock'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { nodeFs, releaseDataLock } from '../../../../src/main/store'
import { newKeyFile, writeKeyFile } from '../../../../src/main/store/crypto/key-file'
import { FakeCredentialStore } from '../../../fake-credential-store'

// Unlock without typing, as the app's session offers it on real data folders: at start an
// encrypted folder opens with the key this computer account keeps; after a lock the window asks
// for it; turned off (or never on), the passphrase is the only way in. The command line and the
// test harness never use the credential store.

const resourcesDir = join(process.cwd(), 'resources')
const PASSPHRASE = 'maple river lantern quietly'

let root: string
let dataDir: string
let keysDir: string
let store: FakeCredentialStore
let log: ReturnType<typeof createMemoryLogger>
const sessions: ApiSession[] = []

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-computer-unlock-'))
  dataDir = join(root, 'data')
  keysDir = join(root, 'Dossier computer keys')
  store = new FakeCredentialStore()
  log = createMemoryLogger()
  // An encrypted folder whose key is wrapped with scrypt's lowest allowed cost, so each try is quick.
  const { file } = await newKeyFile(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 })
  await nodeFs.mkdir(dataDir)
  await writeKeyFile(nodeFs, dataDir, file)
})
afterEach(async () => {
  await closeAll()
  await rm(root, { recursive: true, force: true })
})

/** Quits every session: what is queued is saved and the folder given back, as the app does at quit. */
async function closeAll(): Promise<void> {
  for (const session of sessions.splice(0)) await session.store?.flush()
  await releaseDataLock(dataDir)
}

/** The app's session, as launch() opens it, with the fake credential store. */
async function startApp(): Promise<ApiSession> {
  const session = await openApi({ dataDir, resourcesDir, log, app: { credentials: { store, dir: keysDir } } })
  sessions.push(session)
  return session
}

/** Starts the app, unlocks with the passphrase and turns unlock without typing on. */
async function turnedOn(): Promise<ApiSession> {
  const session = await startApp()
  expect((await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
  expect(await session.api['computerUnlock.turnOn']({ passphrase: PASSPHRASE })).toEqual({
    ok: true,
    value: { state: 'on' }
  })
  return session
}

describe('unlock without typing', () => {
  it('opens the folder at start without the passphrase, once turned on', async () => {
    const first = await startApp()
    expect(first.store).toBeNull()
    expect(await first.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'off' } })
    await closeAll()

    await turnedOn()
    await closeAll()
    const next = await startApp()
    expect(next.store).not.toBeNull()
    expect(await next.api['app.status']({})).toMatchObject({ ok: true, value: { dataDir, encrypted: true } })
    expect((await next.api['library.list']({ kind: 'partner' })).ok).toBe(true)
    expect(log.lines.some((line) => line.includes('unlocked with the key this computer account keeps'))).toBe(true)
  })

  it('keeps its key outside the data folder, whose key file stays as it was', async () => {
    const keyFile = await readFile(join(dataDir, 'dossier.key'))
    await turnedOn()
    const keys = await readdir(keysDir)
    expect(keys).toHaveLength(1)
    const names = (await readdir(dataDir, { recursive: true })).map(String)
    expect(names.filter((name) => name.endsWith('.key'))).toEqual(['dossier.key'])
    expect(names).not.toContain(keys[0])
    expect((await readFile(join(dataDir, 'dossier.key'))).equals(keyFile)).toBe(true)
  })

  it('after a lock, waits for the window to ask, then unlocks with this computer account', async () => {
    const session = await turnedOn()
    expect(await session.api['app.lock']({})).toEqual({ ok: true, value: null })
    // Locked: nothing opens by itself, but the window can learn that the button may be offered.
    expect(await session.api['app.status']({})).toMatchObject({ ok: false, error: { code: 'data-locked' } })
    expect(await session.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'on' } })
    expect(await session.api['app.openDataFolder']({ takeOver: false })).toMatchObject({
      error: { code: 'data-locked' }
    })
    expect(session.store).toBeNull()
    expect(await session.api['app.openDataFolder']({ takeOver: false, credentialStore: true })).toMatchObject({
      ok: true,
      value: { encrypted: true }
    })
    expect(session.store).not.toBeNull()
    // The passphrase still opens it too.
    await session.api['app.lock']({})
    expect((await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
  })

  it('turned off, deletes its key: the passphrase is the only way in, at start and after a lock', async () => {
    const session = await turnedOn()
    expect(await session.api['computerUnlock.turnOff']({})).toEqual({ ok: true, value: { state: 'off' } })
    expect(await readdir(keysDir)).toEqual([])
    await session.api['app.lock']({})
    expect(await session.api['app.openDataFolder']({ takeOver: false, credentialStore: true })).toMatchObject({
      ok: false,
      error: { code: 'data-locked' }
    })
    await closeAll()
    const next = await startApp()
    expect(next.store).toBeNull()
    expect(await next.api['app.status']({})).toMatchObject({ error: { code: 'data-locked' } })
  })

  it('takes the passphrase again to turn it on, and only while the folder is open', async () => {
    const session = await startApp()
    expect(await session.api['computerUnlock.turnOn']({ passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'data-locked' }
    })
    await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(await session.api['computerUnlock.turnOn']({ passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' }
    })
    expect(await session.api['computerUnlock.turnOn']({ passphrase: '' })).toMatchObject({
      error: { code: 'invalid-input' }
    })
    await expect(readdir(keysDir)).rejects.toThrow()
    expect(await session.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'off' } })
    await session.api['app.lock']({})
    expect(await session.api['computerUnlock.turnOff']({})).toMatchObject({ error: { code: 'data-locked' } })
  })

  it('slows wrong passphrases down as the unlock screen does, and never keeps a key for one', async () => {
    const delays: number[] = []
    const unlock = createComputerUnlock({
      dataDir,
      options: { store, dir: keysDir },
      log,
      isOpen: () => true,
      delay: async (ms) => {
        delays.push(ms)
      }
    })
    const turnOn = (passphrase: string) => unlock.operations['computerUnlock.turnOn']({ passphrase })
    // Side by side they go one after the other, each its own delay.
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => turnOn(`wrong guess ${n}`)))
    expect(delays).toEqual([1000, 2000])
    expect(await turnOn(PASSPHRASE)).toEqual({ ok: true, value: { state: 'on' } })
    expect(delays).toEqual([1000, 2000, 4000])
    await turnOn('wrong once more')
    expect(delays).toHaveLength(3)
  })
})

describe('where this computer cannot keep the key', () => {
  it("says so on Linux's hard-coded fallback key, refuses to turn on, and ignores a key kept before", async () => {
    await turnedOn()
    await closeAll()
    store.backend = 'basic_text'
    const session = await startApp()
    expect(session.store).toBeNull()
    expect(await session.api['computerUnlock.status']({})).toEqual({
      ok: true,
      value: { state: 'unsafe', reason: 'basic-text' }
    })
    await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(await session.api['computerUnlock.turnOn']({ passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('written into Chromium') }
    })
  })

  it('offers nothing where the system has no credential store', async () => {
    store.available = false
    const session = await startApp()
    expect(await session.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'not-offered' } })
  })

  it('asks for the passphrase when the kept key does not open (another account, a changed keyring), and says so', async () => {
    await turnedOn()
    await closeAll()
    store.becomeAccount('someone else')
    const session = await startApp()
    expect(session.store).toBeNull()
    expect(await session.api['app.status']({})).toMatchObject({ error: { code: 'data-locked' } })
    expect(await session.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'failed' } })
    expect(log.lines.filter((line) => line.includes('was ignored'))).toHaveLength(1)
    // Turned on again, with the passphrase, it wraps the key anew for the account now signed in.
    await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(await session.api['computerUnlock.turnOn']({ passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { state: 'on' }
    })
    await session.api['app.lock']({})
    expect((await session.api['app.openDataFolder']({ takeOver: false, credentialStore: true })).ok).toBe(true)
  })
})

describe('without the app', () => {
  it('never uses the credential store: the command line and the harness offer nothing', async () => {
    await turnedOn()
    await closeAll()
    const cli = await openApi({ dataDir, resourcesDir, log, passphrase: PASSPHRASE })
    sessions.push(cli)
    expect(await cli.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'not-offered' } })
    expect(await cli.api['computerUnlock.turnOff']({})).toMatchObject({ error: { code: 'invalid-input' } })
    expect(await readdir(keysDir)).toHaveLength(1)
    await closeAll()
    // Without its passphrase the command line does not open the folder, key kept or not.
    const locked = await openApi({ dataDir, resourcesDir, log })
    sessions.push(locked)
    expect(await locked.api['app.status']({})).toMatchObject({ error: { code: 'data-locked' } })
    expect(await locked.api['app.openDataFolder']({ takeOver: false, credentialStore: true })).toMatchObject({
      error: { code: 'data-locked' }
    })
  })

  it('offers nothing on a folder that is not encrypted (which the app encrypts first)', async () => {
    await rm(dataDir, { recursive: true })
    await openApi({ dataDir, resourcesDir, log }).then((plain) => sessions.push(plain))
    await closeAll()
    const session = await startApp()
    expect(await session.api['app.status']({})).toMatchObject({ ok: false, error: { code: 'needs-encryption' } })
    expect(await session.api['computerUnlock.status']({})).toEqual({ ok: true, value: { state: 'not-offered' } })
  })
})
