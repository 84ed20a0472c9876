import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openApi } from '../../../../src/main/api'
import type { ApiSession } from '../../../../src/main/api'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { releaseDataLock } from '../../../../src/main/store'

// A data folder on a shared drive, still locked by Dossier on another computer, or by a process
// on this one: the app's table refuses every call with the facts the window needs, and can open
// the folder again, or take it over, without a restart.

const resourcesDir = join(process.cwd(), 'resources')
const FOREIGN = { pid: 4321, host: 'other-workstation', token: 'theirs', since: '2026-03-02T09:00:00.000Z' }

let dataDir: string
let lockPath: string
const sessions: ApiSession[] = []
const children: ChildProcess[] = []

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-take-over-api-'))
  lockPath = join(dataDir, 'dossier.lock')
})
afterEach(async () => {
  for (const child of children.splice(0)) child.kill()
  for (const session of sessions.splice(0)) await session.store?.flush()
  await releaseDataLock(dataDir)
  await rm(dataDir, { recursive: true, force: true })
})

async function open(log = createMemoryLogger()): Promise<ApiSession> {
  const session = await openApi({ dataDir, resourcesDir, log })
  sessions.push(session)
  return session
}

const lockOwner = async () => JSON.parse(await readFile(lockPath, 'utf8')) as Record<string, unknown>

describe('a data folder another computer holds', () => {
  it('is refused on every call with who holds it and where the lock is, and left alone', async () => {
    await writeFile(lockPath, JSON.stringify(FOREIGN))
    const session = await open()
    expect(session.store).toBeNull()
    for (const name of ['app.status', 'library.list', 'settings.get'] as const) {
      const result = await session.api[name]({ kind: 'partner' } as never)
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'data-in-use',
          message: expect.stringContaining('other-workstation'),
          details: {
            holder: 'other-computer',
            dataDir,
            lockPath,
            host: 'other-workstation',
            pid: 4321,
            since: '2026-03-02T09:00:00.000Z'
          }
        }
      })
    }
    expect(await lockOwner()).toEqual(FOREIGN)
  })

  it('stays refused when tried again, then is taken over when the user says so, and the same table serves it', async () => {
    await writeFile(lockPath, JSON.stringify(FOREIGN))
    const log = createMemoryLogger()
    const session = await open(log)
    const { api } = session

    expect(await api['app.openDataFolder']({ takeOver: false })).toMatchObject({
      ok: false,
      error: { code: 'data-in-use', details: { host: 'other-workstation' } }
    })
    expect(await lockOwner()).toEqual(FOREIGN)
    expect(session.store).toBeNull()

    const taken = await api['app.openDataFolder']({ takeOver: true })
    expect(taken).toMatchObject({ ok: true, value: { dataDir } })
    if (taken.ok) expect(taken.value.notices.map((notice) => notice.code)).toEqual(['default-library-installed'])
    expect(await lockOwner()).toMatchObject({ pid: process.pid, host: hostname() })
    expect(session.store?.dataDir).toBe(dataDir)
    // The table bound before the take-over now answers from the open folder.
    const partners = await api['library.list']({ kind: 'partner' })
    expect(partners.ok && partners.value.length).toBeGreaterThanOrEqual(20)
    expect(await api['settings.update']({ author: 'Élise Tremblay' })).toMatchObject({ ok: true })
    expect(log.lines.join('\n')).toContain('taken over')
  })

  it('refuses to take over once the folder is open: there is nothing to take', async () => {
    await writeFile(lockPath, JSON.stringify(FOREIGN))
    const { api } = await open()
    expect((await api['app.openDataFolder']({ takeOver: true })).ok).toBe(true)
    for (const takeOver of [true, false]) {
      expect(await api['app.openDataFolder']({ takeOver })).toMatchObject({
        ok: false,
        error: { code: 'already-open', message: expect.stringContaining(dataDir) }
      })
    }
  })

  it('takes it over once when asked twice at the same moment', async () => {
    await writeFile(lockPath, JSON.stringify(FOREIGN))
    const { api } = await open()
    const answers = await Promise.all([
      api['app.openDataFolder']({ takeOver: true }),
      api['app.openDataFolder']({ takeOver: true })
    ])
    expect(answers.map((answer) => (answer.ok ? 'opened' : answer.error.code)).sort()).toEqual([
      'already-open',
      'opened'
    ])
  })

  it('opens on a plain retry once the other computer has let go', async () => {
    await writeFile(lockPath, JSON.stringify(FOREIGN))
    const session = await open()
    await rm(lockPath)
    expect(await session.api['app.openDataFolder']({ takeOver: false })).toMatchObject({ ok: true })
    expect(session.store).not.toBeNull()
  })

  it('checks the request against the contract', async () => {
    await writeFile(lockPath, JSON.stringify(FOREIGN))
    const { api } = await open()
    for (const input of [{}, { takeOver: 'yes' }, { takeOver: true, force: true }]) {
      expect(await api['app.openDataFolder'](input as never)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringContaining('app.openDataFolder') }
      })
    }
    expect(await lockOwner()).toEqual(FOREIGN)
  })
})

describe('opening the folder again', () => {
  it('is refused plainly when the folder opened at start', async () => {
    const { api } = await open()
    expect(await api['app.openDataFolder']({ takeOver: true })).toMatchObject({
      ok: false,
      error: { code: 'already-open' }
    })
    expect(await lockOwner()).toMatchObject({ pid: process.pid })
  })

  it('never takes over a folder refused for another reason than its lock', async () => {
    const file = join(dataDir, 'library', 'partners.json')
    await mkdir(join(dataDir, 'library'), { recursive: true })
    await writeFile(file, JSON.stringify({ schemaVersion: 999, items: [] }))
    const { api, store } = await open()
    expect(store).toBeNull()
    expect(await api['app.openDataFolder']({ takeOver: true })).toMatchObject({
      ok: false,
      error: { code: 'data-too-new' }
    })
    // Trying again is allowed; it meets the same refusal and changes nothing.
    expect(await api['app.openDataFolder']({ takeOver: false })).toMatchObject({
      ok: false,
      error: { code: 'data-too-new' }
    })
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ schemaVersion: 999, items: [] })
  })

  it('names a process still running on this computer, and takes the folder from it when told to', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    children.push(other)
    await writeFile(lockPath, JSON.stringify({ pid: other.pid, host: hostname(), token: 'theirs', since: '' }))
    const { api } = await open()
    expect(await api['app.status']({})).toMatchObject({
      ok: false,
      error: {
        code: 'data-in-use',
        details: { holder: 'other-process', pid: other.pid, host: hostname(), since: null }
      }
    })
    expect((await api['app.openDataFolder']({ takeOver: true })).ok).toBe(true)
    expect(await lockOwner()).toMatchObject({ pid: process.pid })
  })

  it('says a lock still being written holds the folder, without a holder to name', async () => {
    await writeFile(lockPath, '')
    const { api } = await open()
    expect(await api['app.status']({})).toMatchObject({
      ok: false,
      error: {
        code: 'data-in-use',
        details: { holder: 'being-written', lockPath, host: null, pid: null, since: null }
      }
    })
  })
})
