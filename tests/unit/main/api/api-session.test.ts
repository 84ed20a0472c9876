import { describe, expect, it } from 'vitest'
import type { OperationName } from '@shared/operations'
import { fail, ok } from '@shared/result'
import { startApiSession } from '../../../../src/main/api/api-session'
import type { OpenedApi } from '../../../../src/main/api/api-session'
import type { ApiTable } from '../../../../src/main/api'
import type { OpenRequest } from '../../../../src/main/api/unavailable-table'
import { unlockDelayMs } from '../../../../src/main/api/unlock-delay'
import { ApiFailure } from '../../../../src/main/core/failure'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { RestoreUnfinishedError, StoreError } from '../../../../src/main/store'
import type { Store } from '../../../../src/main/store'

// The session's rules with the folder faked: which passphrase opens, how wrong ones slow the
// next tries down, and how a lock waits for the window and for calls on their way. The same
// rules on real folders, with real keys, are in unlock.test.ts.

const RIGHT = 'maple river lantern quietly'

interface FakeFolder {
  open: (request: OpenRequest) => Promise<OpenedApi>
  tried: OpenRequest[]
  flushed: number
  /** Calls the full table answered, by name. */
  served: string[]
}

/** An encrypted folder that opens with RIGHT only; its table answers every call with the call's name. */
function encryptedFolder(): FakeFolder {
  const folder: FakeFolder = {
    tried: [],
    flushed: 0,
    served: [],
    open: async (request) => {
      folder.tried.push(request)
      if (request.passphrase === undefined) throw new StoreError('data-locked', 'The data folder /d is encrypted.')
      if (request.passphrase !== RIGHT) throw new StoreError('wrong-passphrase', 'That passphrase does not open /d.')
      const store = {
        dataDir: '/d',
        notices: [],
        flush: async () => {
          folder.flushed++
        }
      } as unknown as Store
      const api = new Proxy({} as ApiTable, {
        get: (_target, name: string) => async () => {
          folder.served.push(name)
          if (name === 'app.status') return ok({ dataDir: '/d', notices: [], encrypted: true })
          if (name === 'app.openDataFolder') return fail('already-open', 'Already open.')
          return ok(name)
        }
      })
      return { api, store, encrypted: true, restore: notRestoring }
    }
  }
  return folder
}

const notRestoring = (): never => {
  throw new Error('No restore in this test')
}

const call = (api: ApiTable, name: OperationName, input: unknown = {}) =>
  (api[name] as (value: unknown) => Promise<unknown>)(input)

/** A session on the folder; `delays` records each slowdown instead of waiting it out. */
async function session(folder: FakeFolder, options: Parameters<typeof startApiSession>[2] = {}, delays: number[] = []) {
  return startApiSession(folder.open, createMemoryLogger(), {
    delay: async (ms) => {
      delays.push(ms)
    },
    ...options
  })
}

describe('unlocking', () => {
  it('answers data-locked until the right passphrase; a wrong one is told to the caller only', async () => {
    const folder = encryptedFolder()
    const { api } = await session(folder)
    expect(await call(api, 'library.list', { kind: 'partner' })).toMatchObject({ error: { code: 'data-locked' } })
    expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase: 'not it at all' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' }
    })
    // Still locked, not "wrong passphrase", for everything else.
    expect(await call(api, 'app.status')).toMatchObject({ error: { code: 'data-locked' } })
    expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })).toEqual(
      ok({ dataDir: '/d', notices: [], encrypted: true })
    )
    expect(await call(api, 'library.list', { kind: 'partner' })).toEqual(ok('library.list'))
  })

  it('checks the passphrase against the contract before trying it', async () => {
    const folder = encryptedFolder()
    const { api } = await session(folder)
    for (const passphrase of ['', 42, 'x'.repeat(1025)]) {
      expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase })).toMatchObject({
        error: { code: 'invalid-input' }
      })
    }
    expect(folder.tried).toHaveLength(1)
  })

  it('slows attempts down after five wrong passphrases in a row, more each time, until one is right', async () => {
    const folder = encryptedFolder()
    const delays: number[] = []
    const { api } = await session(folder, {}, delays)
    const attempt = (passphrase: string) => call(api, 'app.openDataFolder', { takeOver: false, passphrase })
    for (let n = 0; n < 5; n++) await attempt(`wrong guess ${n}`)
    expect(delays).toEqual([])
    await attempt('wrong guess 5')
    await attempt('wrong guess 6')
    expect(delays).toEqual([1000, 2000])
    // Side by side they wait one after another, each its own delay: the page cannot go faster.
    await Promise.all([attempt('a'), attempt('b'), attempt('c')])
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000])
    await attempt(RIGHT)
    expect(delays.at(-1)).toBe(30000)
    expect(await call(api, 'app.lock')).toEqual(ok(null))
    // A success starts the count again.
    await attempt('wrong once more')
    expect(delays).toHaveLength(6)
  })

  it('waits longer each time, and never more than half a minute', () => {
    expect([0, 4, 5, 6, 7, 9, 10, 50].map(unlockDelayMs)).toEqual([0, 0, 1000, 2000, 4000, 16000, 30000, 30000])
  })
})

describe('locking', () => {
  it('flushes, then answers data-locked everywhere; unlocking serves the folder again', async () => {
    const folder = encryptedFolder()
    const started = await session(folder)
    const { api } = started
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    expect(started.store).not.toBeNull()
    expect(await call(api, 'app.lock')).toEqual(ok(null))
    expect(folder.flushed).toBe(1)
    expect(started.store).toBeNull()
    for (const name of ['app.status', 'library.list', 'app.reportActivity', 'app.waitForLock'] as const) {
      expect(await call(api, name, name === 'library.list' ? { kind: 'partner' } : {})).toMatchObject({
        ok: false,
        error: { code: 'data-locked', message: expect.stringContaining('locked the data folder') }
      })
    }
    // Locking a locked app is not an error: the window may ask twice.
    expect(await call(api, 'app.lock')).toEqual(ok(null))
    expect(await call(api, 'app.openDataFolder', { takeOver: false })).toMatchObject({
      error: { code: 'data-locked' }
    })
    expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })).toMatchObject({ ok: true })
    expect(await call(api, 'briefs.list')).toEqual(ok('briefs.list'))
  })

  it('lets a call already on its way finish before flushing', async () => {
    const folder = encryptedFolder()
    let finish = () => {}
    const slow = new Promise<void>((resolve) => {
      finish = resolve
    })
    const open = folder.open
    folder.open = async (request) => {
      const opened = await open(request)
      const api = new Proxy(opened.api, {
        get: (target, name: string) =>
          name === 'briefs.save'
            ? async () => {
                await slow
                folder.served.push('briefs.save landed')
                return ok(null)
              }
            : target[name as OperationName]
      })
      return { ...opened, api }
    }
    const { api } = await session(folder)
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    const save = call(api, 'briefs.save', {})
    const lock = call(api, 'app.lock')
    await new Promise((resolve) => setTimeout(resolve, 5))
    // Asked while the lock waits for the save: refused, never served.
    expect(await call(api, 'briefs.list')).toMatchObject({ error: { code: 'data-locked' } })
    setTimeout(finish, 30)
    await Promise.all([save, lock])
    expect(folder.served).toContain('briefs.save landed')
    expect(folder.served).not.toContain('briefs.list')
    expect(folder.flushed).toBe(1)
  })

  it('tells a waiting window first and locks when it answers; without a window, at once', async () => {
    const folder = encryptedFolder()
    const started = await session(folder, { lockGraceMs: 60_000 })
    const { api } = started
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    const told = call(api, 'app.waitForLock')
    const request = started.requestLock('screen-locked')
    expect(await told).toEqual(ok({ reason: 'screen-locked' }))
    // The window saves its edits, then locks; the request is then done, long before its grace.
    expect(started.store).not.toBeNull()
    expect(await call(api, 'app.lock')).toEqual(ok(null))
    await request
    expect(started.store).toBeNull()
    // Locked for the reason the system gave, though the window made the call.
    expect(await call(api, 'briefs.list')).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('(screen-locked)') }
    })

    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    await started.requestLock('suspend')
    expect(started.store).toBeNull()
    expect(folder.flushed).toBe(2)
  })

  it('locks anyway once the grace period is over when the window does not answer', async () => {
    const folder = encryptedFolder()
    const started = await session(folder, { lockGraceMs: 40 })
    await call(started.api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    const told = call(started.api, 'app.waitForLock')
    await started.requestLock('idle')
    expect(await told).toEqual(ok({ reason: 'idle' }))
    expect(started.store).toBeNull()
    expect(await call(started.api, 'library.list', { kind: 'partner' })).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('(idle)') }
    })
  })

  it('does not lock an unlock that came after the request', async () => {
    const folder = encryptedFolder()
    const started = await session(folder, { lockGraceMs: 40 })
    const { api } = started
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    void call(api, 'app.waitForLock')
    const request = started.requestLock('idle')
    await call(api, 'app.lock')
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    await request
    expect(started.store).not.toBeNull()
  })

  it('locks after the idle time without reported activity, and not while activity is reported', async () => {
    const folder = encryptedFolder()
    const started = await session(folder, { idleLockMs: 150, lockGraceMs: 20 })
    const { api } = started
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    for (let n = 0; n < 6; n++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(await call(api, 'app.reportActivity')).toEqual(ok(null))
    }
    expect(started.store).not.toBeNull()
    const told = await call(api, 'app.waitForLock')
    expect(told).toEqual(ok({ reason: 'idle' }))
    await expect.poll(() => started.store, { timeout: 2000 }).toBeNull()
  })

  it('takes the idle time from the open store at each input, so a new choice applies from the next one on', async () => {
    const folder = encryptedFolder()
    // The settings' choice, read through the open store as the app's session reads it.
    let minutes = 60
    const started = await session(folder, { idleLockMs: () => minutes * 60_000, lockGraceMs: 20 })
    const { api } = started
    await call(api, 'app.openDataFolder', { takeOver: false, passphrase: RIGHT })
    // An hour to go: the clock armed at the unlock would not lock within this test.
    minutes = 0.001
    expect(await call(api, 'app.reportActivity')).toEqual(ok(null))
    await expect.poll(() => started.store, { timeout: 3000 }).toBeNull()
    expect(await call(api, 'library.list', { kind: 'partner' })).toMatchObject({
      error: { code: 'data-locked', message: expect.stringContaining('(idle)') }
    })
  })

  it('never locks a plain folder', async () => {
    const started = await startApiSession(
      async () => ({
        api: {} as ApiTable,
        store: { dataDir: '/plain', notices: [], flush: async () => {} } as unknown as Store,
        encrypted: false,
        restore: notRestoring
      }),
      createMemoryLogger(),
      { idleLockMs: 10 }
    )
    for (const name of ['app.lock', 'app.waitForLock'] as const) {
      expect(await call(started.api, name)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining('not encrypted') }
      })
    }
    await started.requestLock('screen-locked')
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(started.store).not.toBeNull()
  })
})

describe('encrypting a plain folder', () => {
  /** A plain folder holding data: needs-encryption until a passphrase encrypts it, which `fails` decides. */
  function plainFolder(fails: () => StoreError | null) {
    const tried: OpenRequest[] = []
    const open = async (request: OpenRequest): Promise<OpenedApi> => {
      tried.push(request)
      if (request.passphrase === undefined) throw new ApiFailure('needs-encryption', 'The data folder /p is plain.')
      const failure = fails()
      if (failure !== null) throw failure
      return encryptedFolder().open({ takeOver: false, passphrase: RIGHT })
    }
    return { open, tried }
  }

  it('keeps asking to encrypt after a failed attempt, which only the caller hears; never slows it down', async () => {
    const failures = [
      new StoreError('encryption-failed', 'The disk is full.'),
      new StoreError('invalid-input', 'A passphrase needs at least 10 characters.')
    ]
    const folder = plainFolder(() => failures.shift() ?? null)
    const delays: number[] = []
    const started = await startApiSession(folder.open, createMemoryLogger(), {
      delay: async (ms) => {
        delays.push(ms)
      }
    })
    const { api } = started
    expect(await call(api, 'app.status')).toMatchObject({ error: { code: 'needs-encryption' } })
    expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase: 'a long passphrase' })).toMatchObject({
      error: { code: 'encryption-failed' }
    })
    expect(await call(api, 'app.status')).toMatchObject({ error: { code: 'needs-encryption' } })
    expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase: 'short' })).toMatchObject({
      error: { code: 'invalid-input' }
    })
    expect(await call(api, 'library.list', { kind: 'partner' })).toMatchObject({ error: { code: 'needs-encryption' } })
    expect(await call(api, 'app.openDataFolder', { takeOver: false, passphrase: 'a long passphrase' })).toMatchObject({
      ok: true
    })
    expect(delays).toEqual([])
    expect(started.store).not.toBeNull()
  })

  it('answers how far an encryption has come, whichever table is current', async () => {
    let progress: { done: number; total: number } | null = null
    const folder = plainFolder(() => null)
    const started = await startApiSession(folder.open, createMemoryLogger(), { encryptionProgress: () => progress })
    expect(await call(started.api, 'app.encryptionProgress')).toEqual(ok(null))
    progress = { done: 3, total: 10 }
    expect(await call(started.api, 'app.encryptionProgress')).toEqual(ok({ done: 3, total: 10 }))
    expect(await call(started.api, 'app.encryptionProgress', { extra: true })).toMatchObject({
      error: { code: 'invalid-input' }
    })
  })
})

describe('restoring a backup', () => {
  /** A plain folder whose table answers with its generation's name; `restore` as the test says. */
  function restorable(restore: (name: string) => Promise<{ opened: OpenedApi; keptAs: string }>): OpenedApi {
    return {
      api: new Proxy({} as ApiTable, { get: () => async () => ok('before') }),
      store: { dataDir: '/plain', notices: [], flush: async () => {} } as unknown as Store,
      encrypted: false,
      restore
    }
  }
  const after: OpenedApi = {
    ...restorable(notRestoring),
    api: new Proxy({} as ApiTable, { get: () => async () => ok('after') })
  }

  it('serves the store that follows the restore, and says where the content before it is kept', async () => {
    const started = await startApiSession(
      async () => restorable(async (name) => ({ opened: after, keptAs: `kept-${name}` })),
      createMemoryLogger()
    )
    expect(await call(started.api, 'data.restoreBackup', { name: 'b-1' })).toEqual(ok({ keptAs: 'kept-b-1' }))
    expect(await call(started.api, 'library.list', { kind: 'partner' })).toEqual(ok('after'))
  })

  it('keeps serving the same store when the restore changed nothing, and none when the disk stopped it half way', async () => {
    const refused = await startApiSession(
      async () => restorable(async () => Promise.reject(new StoreError('invalid-input', 'The backup b-1 is damaged.'))),
      createMemoryLogger()
    )
    expect(await call(refused.api, 'data.restoreBackup', { name: 'b-1' })).toMatchObject({
      error: { code: 'invalid-input', message: 'The backup b-1 is damaged.' }
    })
    expect(await call(refused.api, 'library.list', { kind: 'partner' })).toEqual(ok('before'))

    const stopped = await startApiSession(
      async () =>
        restorable(async () => Promise.reject(new RestoreUnfinishedError('storage-failed', 'Start Dossier again.'))),
      createMemoryLogger()
    )
    await call(stopped.api, 'data.restoreBackup', { name: 'b-1' })
    expect(stopped.store).toBeNull()
    expect(await call(stopped.api, 'library.list', { kind: 'partner' })).toMatchObject({
      error: { code: 'storage-failed' }
    })
  })

  it('checks the name against the contract first', async () => {
    const started = await startApiSession(async () => restorable(notRestoring), createMemoryLogger())
    expect(await call(started.api, 'data.restoreBackup', { name: '' })).toMatchObject({
      error: { code: 'invalid-input' }
    })
  })
})
