import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { placeLock, readLock, removeLockIf, writeLockCandidate } from '../../../src/main/store/lock-file'
import { nodeFs } from '../../../src/main/store/store-fs'
import { cleanTempDirs, makeTempDir } from './helpers'

afterEach(cleanTempDirs)

describe('lock file operations', () => {
  it('places a lock only where there is none, with its content already inside', async () => {
    const dir = await makeTempDir()
    const lockPath = join(dir, 'dossier.lock')
    const first = await writeLockCandidate(nodeFs, dir, '{"token":"first"}')
    const second = await writeLockCandidate(nodeFs, dir, '{"token":"second"}')
    expect(await placeLock(nodeFs, first, lockPath)).toBe(true)
    expect(await placeLock(nodeFs, second, lockPath)).toBe(false)
    expect(await readFile(lockPath, 'utf8')).toBe('{"token":"first"}')
  })

  it('removes the lock it judged, and puts back one that replaced it meanwhile', async () => {
    const dir = await makeTempDir()
    const lockPath = join(dir, 'dossier.lock')
    await writeFile(lockPath, '{"token":"judged"}')
    const judged = await readLock(nodeFs, lockPath)
    if (judged === null) throw new Error('no lock read')

    // Someone else removed the judged lock and placed a new one between our read and our removal.
    await rm(lockPath)
    await placeLock(nodeFs, await writeLockCandidate(nodeFs, dir, '{"token":"newcomer"}'), lockPath)
    expect(await removeLockIf(nodeFs, lockPath, judged)).toBe(false)
    expect(await readFile(lockPath, 'utf8')).toBe('{"token":"newcomer"}')

    const newcomer = await readLock(nodeFs, lockPath)
    if (newcomer === null) throw new Error('no lock read')
    expect(await removeLockIf(nodeFs, lockPath, newcomer)).toBe(true)
    // Only the candidate file written above is left; no lock, nothing set aside.
    expect((await readdir(dir)).filter((name) => !name.endsWith('.new'))).toEqual([])
  })

  it('tells apart a lock rewritten with the same file id but other bytes', async () => {
    const dir = await makeTempDir()
    const lockPath = join(dir, 'dossier.lock')
    await writeFile(lockPath, '{"token":"judged"}')
    const judged = await readLock(nodeFs, lockPath)
    if (judged === null) throw new Error('no lock read')
    await writeFile(lockPath, '{"token":"other"}')
    expect(await removeLockIf(nodeFs, lockPath, judged)).toBe(false)
    expect(await readFile(lockPath, 'utf8')).toBe('{"token":"other"}')
  })
})
