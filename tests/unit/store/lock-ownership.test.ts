import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openStore, releaseDataLock } from '../../../src/main/store'
import { StoreError } from '../../../src/main/store/store-error'
import { brief, cleanTempDirs, makeTempDir, optionsFor, partner, pkg } from './helpers'

// The holder checks its token before every write batch: a store whose lock was taken over
// (another Dossier run with --take-over) must stop writing, not write alongside the new holder.

afterEach(cleanTempDirs)

/** Every file of the data folder but the lock, with its bytes. */
async function snapshot(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'dossier.lock') continue
    const path = join(entry.parentPath, entry.name)
    files[relative(dataDir, path)] = await readFile(path, 'utf8')
  }
  return files
}

async function expectLost(save: Promise<unknown>, lockPath: string): Promise<void> {
  const error = await save.then(
    () => null,
    (failure: unknown) => failure
  )
  expect(error).toBeInstanceOf(StoreError)
  expect((error as StoreError).code).toBe('data-in-use')
  expect((error as StoreError).message).toContain(lockPath)
}

describe('a store that lost its lock', () => {
  it('refuses every kind of write and leaves the files alone', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir, { journalLimit: 1 }))
    const lockPath = join(dataDir, 'dossier.lock')
    // While it holds the lock, saves go through.
    await store.library.put('partner', partner('mexico'))
    await store.briefs.put(brief('b1'))
    // The journal is folded into its file after the put returned (journalLimit 1); let it finish.
    await store.flush()

    await writeFile(lockPath, JSON.stringify({ pid: 4242, host: hostname(), token: 'someone-else', since: 'now' }))
    const before = await snapshot(dataDir)
    await expectLost(store.library.put('partner', partner('france')), lockPath)
    await expectLost(store.library.remove('partner', 'mexico'), lockPath)
    await expectLost(store.library.applyBatch([{ kind: 'partner', item: partner('chile') }]), lockPath)
    await expectLost(store.briefs.put(brief('b2')), lockPath)
    await expectLost(store.briefs.remove('b1'), lockPath)
    await expectLost(store.packages.put(pkg('p1')), lockPath)
    await expectLost(store.settings.update({ author: 'Someone' }), lockPath)
    await store.flush()
    expect(await snapshot(dataDir)).toEqual(before)
    // What readers see is still what is on disk.
    expect(store.library.list('partner').map((item) => item.id)).toEqual(['mexico'])
    // Releasing leaves the new holder's lock where it is.
    await releaseDataLock(dataDir)
    expect(JSON.parse(await readFile(lockPath, 'utf8')).token).toBe('someone-else')
  })

  it('is caught by the full read made every two seconds, even when the lock was rewritten in place with the same size and time', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir))
    const lockPath = join(dataDir, 'dossier.lock')
    await store.library.put('partner', partner('mexico'))
    const mine = await readFile(lockPath, 'utf8')
    const token = JSON.parse(mine).token as string
    const { mtime } = await stat(lockPath)
    // Another token of the same length, written over the same file, its time put back.
    await writeFile(
      lockPath,
      mine.replace(
        token,
        token.replace(/[0-9a-f]/g, (d) => (d === '0' ? '1' : '0'))
      )
    )
    await utimes(lockPath, mtime, mtime)
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + 2500)
      await expectLost(store.library.put('partner', partner('france')), lockPath)
    } finally {
      vi.useRealTimers()
    }
  })

  it('refuses when the lock file was deleted', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir))
    await rm(join(dataDir, 'dossier.lock'))
    await expectLost(store.library.put('partner', partner('france')), join(dataDir, 'dossier.lock'))
  })
})
