import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIN_PASSPHRASE_LENGTH } from '@shared/passphrase'
import { openApi } from '../../../../src/main/api'
import type { ApiSession } from '../../../../src/main/api'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { nodeFs, releaseDataLock } from '../../../../src/main/store'
import type { StoreFs } from '../../../../src/main/store'
import { encryptDataFolder } from '../../../../src/main/store/crypto/folder-commands'
import {
  MIN_PASSPHRASE_LENGTH as STORE_MIN_LENGTH,
  newKeyFile,
  writeKeyFile
} from '../../../../src/main/store/crypto/key-file'

// The app's session on real data folders: a new folder waits for its passphrase and is set up
// encrypted with it; an encrypted one opens only with its passphrase; locking forgets the store
// but keeps the folder held; the command line and the test harness keep opening plain folders.

const resourcesDir = join(process.cwd(), 'resources')
const PASSPHRASE = 'maple river lantern quietly'
// A sentence of the embedded library: never to be found in a file of an encrypted folder.
const LIBRARY_SENTENCE = 'Seasonal Agricultural Worker Program'

let dataDir: string
const sessions: ApiSession[] = []

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-unlock-'))
})
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.store?.flush()
  await releaseDataLock(dataDir)
  await rm(dataDir, { recursive: true, force: true })
})

/** The app's session on the folder (`app` given), or the command line's and the test harness's (none). */
async function open(
  app?: { idleLockMs?: number; lockGraceMs?: number },
  log = createMemoryLogger()
): Promise<ApiSession> {
  const session = await openApi({ dataDir, resourcesDir, log, app })
  sessions.push(session)
  return session
}

/** An encrypted folder whose key is wrapped with scrypt's lowest allowed cost, so each try is quick. */
async function cheaplyEncrypted(): Promise<void> {
  const { file } = await newKeyFile(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 })
  await writeKeyFile(nodeFs, dataDir, file)
}

const lockOwner = async () => JSON.parse(await readFile(join(dataDir, 'dossier.lock'), 'utf8')) as { pid: number }

/** Every file under the data folder, as text, but the log and the lock. */
async function folderText(): Promise<string> {
  const names = await readdir(dataDir, { recursive: true, withFileTypes: true })
  const files = names.filter((entry) => entry.isFile() && !entry.parentPath.includes('logs'))
  const texts = await Promise.all(files.map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')))
  return texts.join('\n')
}

describe('a new data folder in the app', () => {
  it('is not opened, nor written, until a passphrase is chosen; then it is set up encrypted', async () => {
    const { api, store } = await open({})
    expect(store).toBeNull()
    for (const name of ['app.status', 'settings.get'] as const) {
      expect(await api[name]({})).toMatchObject({ ok: false, error: { code: 'needs-set-up' } })
    }
    // Held while it waits, and nothing else written.
    expect(await lockOwner()).toMatchObject({ pid: process.pid })
    expect((await readdir(dataDir)).sort()).toEqual(['dossier.lock'])
    // Trying again without a passphrase changes nothing; a short one is refused in words.
    expect(await api['app.openDataFolder']({ takeOver: false })).toMatchObject({ error: { code: 'needs-set-up' } })
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: 'too short' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining(`${MIN_PASSPHRASE_LENGTH} characters`) }
    })
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'needs-set-up' } })
    expect((await readdir(dataDir)).sort()).toEqual(['dossier.lock'])

    const opened = await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(opened).toMatchObject({ ok: true, value: { dataDir, encrypted: true } })
    const partners = await api['library.list']({ kind: 'partner' })
    expect(partners.ok && partners.value.length).toBeGreaterThanOrEqual(20)
    expect(await readdir(dataDir)).toContain('dossier.key')
    const text = await folderText()
    expect(text).not.toContain(LIBRARY_SENTENCE)
    expect(text).not.toContain('"id":')
  })

  it('is set up plain at once on the command line and in the test harness, as before', async () => {
    const { api, store } = await open()
    expect(store).not.toBeNull()
    expect(await api['app.status']({})).toMatchObject({ ok: true, value: { encrypted: false } })
    expect(await readdir(dataDir)).not.toContain('dossier.key')
  })

  it('says first that another Dossier holds it; taken over, it waits for its passphrase', async () => {
    const foreign = { pid: 4321, host: 'other-workstation', token: 'theirs', since: '2026-03-02T09:00:00.000Z' }
    await writeFile(join(dataDir, 'dossier.lock'), JSON.stringify(foreign))
    const { api } = await open({})
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'data-in-use' } })
    expect(await lockOwner()).toEqual(foreign)
    expect(await api['app.openDataFolder']({ takeOver: true })).toMatchObject({ error: { code: 'needs-set-up' } })
    expect(await lockOwner()).toMatchObject({ pid: process.pid })
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).toMatchObject({ ok: true })
  })

  it('keeps the same number of characters as the store for the shortest passphrase', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(STORE_MIN_LENGTH)
  })
})

describe('a data folder the app cannot open for another reason', () => {
  it('is given back, as before, instead of being held', async () => {
    await mkdir(join(dataDir, 'library'))
    await writeFile(join(dataDir, 'library', 'partners.json'), JSON.stringify({ schemaVersion: 999, items: [] }))
    const { api } = await open({})
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'data-too-new' } })
    expect(await readdir(dataDir)).not.toContain('dossier.lock')
  })
})

// Encrypting derives the key twice (to seal, then to open) at the app's full cost: room for a busy machine.
describe('a plain data folder that holds data, in the app', { timeout: 30_000 }, () => {
  /** The folder as the command line and older Dossiers leave it: the embedded library, in the clear. */
  async function plainWithLibrary(): Promise<void> {
    await (await open()).store?.flush()
    await releaseDataLock(dataDir)
    expect(await folderText()).toContain(LIBRARY_SENTENCE)
  }

  it('shows nothing until a passphrase encrypts it in place, then opens it, every file sealed', async () => {
    await plainWithLibrary()
    await (await open()).api['settings.update']({ author: 'Élise Tremblay' })
    await releaseDataLock(dataDir)
    const session = await open({})
    const { api } = session
    expect(session.store).toBeNull()
    for (const name of ['app.status', 'settings.get'] as const) {
      expect(await api[name]({})).toMatchObject({ ok: false, error: { code: 'needs-encryption' } })
    }
    expect(await api['library.list']({ kind: 'partner' })).toMatchObject({ error: { code: 'needs-encryption' } })
    // Held while it waits; asking again without a passphrase changes nothing.
    const held = await lockOwner()
    expect(held).toMatchObject({ pid: process.pid })
    expect(await api['app.openDataFolder']({ takeOver: false })).toMatchObject({ error: { code: 'needs-encryption' } })
    expect(await api['app.encryptionProgress']({})).toEqual({ ok: true, value: null })

    // Progress is asked for while the folder is being encrypted, as the window does.
    const seen: unknown[] = []
    const opening = api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    let finished = false
    void opening.finally(() => (finished = true))
    while (!finished) {
      const progress = await api['app.encryptionProgress']({})
      if (progress.ok && progress.value !== null) seen.push(progress.value)
      await new Promise((resolve) => setTimeout(resolve, 1))
    }
    expect(await opening).toMatchObject({ ok: true, value: { dataDir, encrypted: true } })
    expect(seen.length).toBeGreaterThan(0)
    for (const progress of seen) {
      expect(progress).toMatchObject({ done: expect.any(Number), total: expect.any(Number) })
      const { done, total } = progress as { done: number; total: number }
      expect(done).toBeLessThanOrEqual(total)
    }
    expect(await api['app.encryptionProgress']({})).toEqual({ ok: true, value: null })

    // Everything is still there, and nothing of it can be read on the disk.
    const partners = await api['library.list']({ kind: 'partner' })
    expect(partners.ok && partners.value.length).toBeGreaterThanOrEqual(20)
    expect(await api['settings.get']({})).toMatchObject({ ok: true, value: { author: 'Élise Tremblay' } })
    expect(await readdir(dataDir)).toContain('dossier.key')
    const text = await folderText()
    expect(text).not.toContain(LIBRARY_SENTENCE)
    expect(text).not.toContain('"id":')
    expect(text).not.toContain('Élise Tremblay')
    // Held by this window throughout: the very lock taken at the start.
    expect(await lockOwner()).toEqual(held)

    // It is an encrypted folder like any other now: it locks, and opens only with that passphrase.
    expect(await api['app.lock']({})).toEqual({ ok: true, value: null })
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'data-locked' } })
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).toMatchObject({ ok: true })
  })

  it('refuses a passphrase too short to encrypt with, changing nothing and counting no wrong attempt', async () => {
    await plainWithLibrary()
    const log = createMemoryLogger()
    const { api } = await open({}, log)
    const before = await folderText()
    for (let attempt = 0; attempt < 7; attempt++) {
      expect(await api['app.openDataFolder']({ takeOver: false, passphrase: 'too short' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining(`${MIN_PASSPHRASE_LENGTH} characters`) }
      })
    }
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'needs-encryption' } })
    expect(await folderText()).toBe(before)
    expect(await readdir(dataDir)).not.toContain('dossier.key')
    expect(await lockOwner()).toMatchObject({ pid: process.pid })
    // None of the seven was a wrong passphrase: none is counted (each counted one is logged).
    expect(log.lines.filter((line) => line.includes('wrong passphrase'))).toEqual([])
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).toMatchObject({ ok: true })
  })

  it('opens as it is on the command line and in the test harness, and never locks there', async () => {
    await plainWithLibrary()
    const session = await open()
    expect(await session.api['app.status']({})).toMatchObject({ ok: true, value: { encrypted: false } })
    expect(await session.api['app.lock']({})).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await readdir(dataDir)).not.toContain('dossier.key')
  })

  it('throws away, at the next start, an encryption a crash stopped before it was decided', async () => {
    await plainWithLibrary()
    // Sealing had begun when the process died: a staging folder without its decision in it.
    await mkdir(join(dataDir, '.encrypting', 'library'), { recursive: true })
    await writeFile(join(dataDir, '.encrypting', 'library', 'partners.json'), 'half sealed')
    const { api } = await open({})
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'needs-encryption' } })
    expect(await readdir(dataDir)).not.toContain('.encrypting')
    expect(await folderText()).toContain(LIBRARY_SENTENCE)
    // Once encrypted after all, the window is told what happened to the earlier attempt.
    const opened = await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(opened.ok && opened.value.notices.map((notice) => notice.code)).toEqual(['encryption-undone'])
  })

  it('finishes, at the next start, an encryption that stopped once decided, and asks for its passphrase', async () => {
    await plainWithLibrary()
    // Decided (all sealed and committed), then stopped before the key file was moved into place.
    const failingKeyMove: StoreFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (to === join(dataDir, 'dossier.key')) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })
        return nodeFs.rename(from, to)
      }
    }
    await expect(encryptDataFolder({ dataDir, passphrase: PASSPHRASE, fs: failingKeyMove })).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining('Nothing was lost')
    })
    await releaseDataLock(dataDir)
    expect(await readdir(dataDir)).not.toContain('dossier.key')

    const { api } = await open({})
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'data-locked' } })
    expect(await readdir(dataDir)).not.toContain('.encrypting')
    const opened = await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(opened.ok && opened.value.notices.map((notice) => notice.code)).toEqual(['encryption-finished'])
    const partners = await api['library.list']({ kind: 'partner' })
    expect(partners.ok && partners.value.length).toBeGreaterThanOrEqual(20)
    expect(await folderText()).not.toContain(LIBRARY_SENTENCE)
  })
})

describe('an encrypted data folder in the app', () => {
  it('answers data-locked, holding the folder, until its passphrase; a wrong one changes nothing', async () => {
    await cheaplyEncrypted()
    const { api } = await open({})
    expect(await api['library.list']({ kind: 'partner' })).toMatchObject({ error: { code: 'data-locked' } })
    expect(await lockOwner()).toMatchObject({ pid: process.pid })
    const before = (await readdir(dataDir)).sort()
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: 'not the passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' }
    })
    expect((await readdir(dataDir)).sort()).toEqual(before)
    expect(await api['app.status']({})).toMatchObject({ error: { code: 'data-locked' } })
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      value: { encrypted: true }
    })
  })

  it('locks: saves what was asked, forgets the store, keeps the folder held; unlocking brings it all back', async () => {
    await cheaplyEncrypted()
    const session = await open({})
    const { api } = session
    await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    const held = await lockOwner()
    // A save asked for just before the lock lands before the key is forgotten.
    const saved = api['settings.update']({ author: 'Élise Tremblay' })
    expect(await api['app.lock']({})).toEqual({ ok: true, value: null })
    expect(await saved).toMatchObject({ ok: true })
    expect(session.store).toBeNull()
    for (const call of [api['settings.get']({}), api['library.list']({ kind: 'partner' }), api['briefs.list']({})]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'data-locked' } })
    }
    // The lock file is the very one taken at the start: no other Dossier can take the folder meanwhile.
    expect(await lockOwner()).toEqual(held)

    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: 'still not it' })).toMatchObject({
      error: { code: 'wrong-passphrase' }
    })
    expect(await lockOwner()).toEqual(held)
    expect(await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).toMatchObject({ ok: true })
    expect(await api['settings.get']({})).toMatchObject({ ok: true, value: { author: 'Élise Tremblay' } })
    expect(await lockOwner()).toEqual(held)
  })

  it('locks by itself after the idle time', async () => {
    await cheaplyEncrypted()
    const session = await open({ idleLockMs: 100, lockGraceMs: 20 })
    await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(session.store).not.toBeNull()
    await expect.poll(() => session.store, { timeout: 3000 }).toBeNull()
    expect(await session.api['library.list']({ kind: 'partner' })).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('idle') }
    })
  })
})
