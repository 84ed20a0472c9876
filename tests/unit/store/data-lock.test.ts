import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { acquireDataLock, releaseDataLock } from '../../../src/main/store/data-lock'
import { processStartTime } from '../../../src/main/store/process-identity'
import { StoreError } from '../../../src/main/store/store-error'
import { cleanTempDirs, makeTempDir } from './helpers'

const children: ChildProcess[] = []
afterEach(async () => {
  for (const child of children.splice(0)) child.kill()
  await cleanTempDirs()
})

const lockOf = (dir: string) => join(dir, 'dossier.lock')
const readLock = async (dir: string) => JSON.parse(await readFile(lockOf(dir), 'utf8')) as Record<string, unknown>
const writeLock = (dir: string, owner: Record<string, unknown>) => writeFile(lockOf(dir), JSON.stringify(owner))
const refusal = (dir: string) => acquireDataLock(dir).catch((error: unknown) => error)

/** A live process that is not Dossier, for a lock to name. */
function sleeper(): ChildProcess {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
  children.push(child)
  return child
}

async function endedPid(): Promise<number> {
  const ended = spawn(process.execPath, ['-e', ''])
  await new Promise((resolve) => ended.on('exit', resolve))
  return ended.pid as number
}

function expectInUse(error: unknown): string {
  expect(error).toBeInstanceOf(StoreError)
  expect((error as StoreError).code).toBe('data-in-use')
  return (error as StoreError).message
}

describe('data folder lock', () => {
  it('lets the same process open its folder again, and releases it', async () => {
    const dir = await makeTempDir()
    expect(await acquireDataLock(dir)).toBe(true)
    expect(await acquireDataLock(dir)).toBe(false)
    const lock = await readLock(dir)
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() })
    expect(typeof lock['token']).toBe('string')
    await releaseDataLock(dir)
    await expect(readFile(lockOf(dir))).rejects.toThrow()
  })

  it('refuses a folder another running Dossier holds, naming it and its lock file', async () => {
    const dir = await makeTempDir()
    const other = sleeper()
    await writeLock(dir, { pid: other.pid, host: hostname(), since: 'now' })
    const message = expectInUse(await refusal(dir))
    expect(message).toContain(String(other.pid))
    expect(message).toContain(lockOf(dir))
  })

  it('takes over a lock left by a process that has ended', async () => {
    const dir = await makeTempDir()
    await writeLock(dir, { pid: await endedPid(), host: hostname(), since: 'then' })
    expect(await acquireDataLock(dir)).toBe(true)
    expect((await readLock(dir))['pid']).toBe(process.pid)
  })

  it('never takes a lock from another computer silently, and says how to', async () => {
    const dir = await makeTempDir()
    const foreign = {
      pid: await endedPid(),
      host: 'other-workstation',
      token: 'theirs',
      since: '2026-03-02T09:00:00.000Z'
    }
    await writeLock(dir, foreign)
    const message = expectInUse(await refusal(dir))
    for (const part of ['other-workstation', String(foreign.pid), foreign.since, lockOf(dir), '--take-over']) {
      expect(message).toContain(part)
    }
    expect(await readLock(dir)).toEqual(foreign)
  })

  it('takes a foreign or live lock over when told to', async () => {
    const foreignDir = await makeTempDir()
    await writeLock(foreignDir, { pid: 1234, host: 'other-workstation', token: 'theirs', since: 'then' })
    expect(await acquireDataLock(foreignDir, { takeOver: true })).toBe(true)
    expect(await readLock(foreignDir)).toMatchObject({ pid: process.pid, host: hostname() })

    const liveDir = await makeTempDir()
    await writeLock(liveDir, { pid: sleeper().pid, host: hostname(), token: 'theirs', since: 'now' })
    expect(await acquireDataLock(liveDir, { takeOver: true })).toBe(true)
    expect((await readLock(liveDir))['pid']).toBe(process.pid)
  })

  it.skipIf(process.platform !== 'linux')('tells a reused pid from its owner by the start time', async () => {
    const other = sleeper()
    const pid = other.pid as number
    // The child's /proc entry exists once spawn has returned a pid.
    const start = await processStartTime(pid)
    expect(start).not.toBeNull()

    const same = await makeTempDir()
    await writeLock(same, { pid, start, host: hostname(), token: 'theirs', since: 'now' })
    expectInUse(await refusal(same))

    const reused = await makeTempDir()
    await writeLock(reused, { pid, start: (start as number) - 1, host: hostname(), token: 'theirs', since: 'then' })
    expect(await acquireDataLock(reused)).toBe(true)
    expect(await readLock(reused)).toMatchObject({ pid: process.pid, start: await processStartTime(process.pid) })
  })

  it('holds an unreadable lock as in use while it is fresh, and takes it once it is old', async () => {
    for (const content of ['', '{"pid": 12', 'not json at all']) {
      const dir = await makeTempDir()
      await writeFile(lockOf(dir), content)
      const message = expectInUse(await refusal(dir))
      expect(message).toContain(lockOf(dir))
      expect(await readFile(lockOf(dir), 'utf8')).toBe(content)

      const aMinuteAgo = new Date(Date.now() - 60_000)
      await utimes(lockOf(dir), aMinuteAgo, aMinuteAgo)
      expect(await acquireDataLock(dir)).toBe(true)
      expect((await readLock(dir))['pid']).toBe(process.pid)
    }
  })

  it('releases only a lock that carries this process token', async () => {
    const dir = await makeTempDir()
    await acquireDataLock(dir)
    // Another Dossier took the folder over meanwhile (with --take-over).
    const theirs = { pid: process.pid, host: 'other-workstation', token: 'theirs', since: 'now' }
    await writeLock(dir, theirs)
    await releaseDataLock(dir)
    expect(await readLock(dir)).toEqual(theirs)
  })

  it('leaves no temporary files next to the lock', async () => {
    const dir = await makeTempDir()
    await writeLock(dir, { pid: await endedPid(), host: hostname(), since: 'then' })
    await acquireDataLock(dir)
    expect(await readdir(dir)).toEqual(['dossier.lock'])
  })
})
