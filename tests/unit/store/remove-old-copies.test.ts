import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../src/main/store/index'
import { removeOldCopies } from '../../../src/main/store/remove-old-copies'
import { backgroundNote, brief, cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'
import { SimulatedDisk } from './simulated-disk'
import { nodeFs } from '../../../src/main/store/store-fs'
import type { StoreFs } from '../../../src/main/store/store-fs'

afterEach(cleanTempDirs)

// "Remove old copies" deletes what keeps text the user has since changed or deleted (backups of
// both kinds, damaged files kept aside) and keeps the data as it is now and the newest start-up
// backup, so a file damaged later can still be restored.

let edits = 0
/** Opens the folder and changes it, so the next open makes a start-up backup. */
async function openAndChange(options: StoreOptions): Promise<Store> {
  const store = await openStore(options)
  await store.settings.update({ author: `Author ${(edits += 1)}` })
  return store
}

/** A folder with three start-up backups, two before-import ones, and two damaged files kept aside. */
async function folderWithCopies(): Promise<{ dataDir: string; options: StoreOptions; store: Store }> {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock() })
  const first = await openAndChange(options)
  await first.library.put('partner', partner('mexico', 'Mexico'))
  await first.briefs.put(brief('visit', 'Visit, first draft'))
  await first.flush()
  await openAndChange(options)
  // Damaged brief and partners' journal copies are kept aside at the next open.
  await writeFile(join(dataDir, 'briefs', 'visit.json'), '{"schemaVersion":1,"brief":')
  await writeFile(join(dataDir, 'library', 'partners.json'), '{"schemaVersion":1,"items":[')
  const store = await openAndChange(options)
  for (const [at, id] of [
    ['2026-11-26T09:00:00.000Z', 'chile'],
    ['2026-11-26T09:01:00.000Z', 'peru']
  ] as const) {
    await store.library.applyBatch([{ kind: 'partner', item: partner(id) }], {
      backup: { at: new Date(at), label: 'before-import' }
    })
  }
  await store.flush()
  return { dataDir, options, store }
}

async function backupNames(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'backups'))).sort()
}

async function recoveredFiles(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'recovered')
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort()
}

describe('removing old copies', () => {
  it('deletes every backup but the newest start-up one, and every kept damaged file, and says how many', async () => {
    const { dataDir, store } = await folderWithCopies()
    const before = await backupNames(dataDir)
    expect(before).toEqual([
      '2026-11-26T06-50-01-123Z',
      '2026-11-26T06-51-01-123Z',
      '2026-11-26T06-52-01-123Z',
      '2026-11-26T09-00-00-000Z-before-import',
      '2026-11-26T09-01-00-000Z-before-import'
    ])
    expect(await recoveredFiles(dataDir)).toEqual([
      'briefs/visit.json.2026-11-26T06-52-01-123Z.corrupt',
      'library/partners.json.2026-11-26T06-52-01-123Z.corrupt',
      'notices.json'
    ])

    expect(await store.removeOldCopies()).toEqual({ backups: 4, recoveredFiles: 2 })
    expect(await backupNames(dataDir)).toEqual(['2026-11-26T06-52-01-123Z'])
    // The repairs not yet seen are still told; the emptied folders are gone.
    expect(await readdir(join(dataDir, 'recovered'))).toEqual(['notices.json'])
    // Nothing left to remove the second time.
    expect(await store.removeOldCopies()).toEqual({ backups: 0, recoveredFiles: 0 })
  })

  it('keeps the data as it is now, and the kept backup still restores a file damaged with its copy', async () => {
    const { dataDir, options, store } = await folderWithCopies()
    await store.removeOldCopies()
    expect(store.library.list('partner').map((item) => item.id)).toEqual(['mexico', 'chile', 'peru'])
    expect(store.briefs.get('visit')?.title.en).toBe('Visit, first draft')

    await writeFile(join(dataDir, 'briefs', 'visit.json'), 'broken')
    await writeFile(join(dataDir, 'briefs', 'visit.json.copy'), 'broken')
    const reopened = await openStore(options)
    expect(reopened.briefs.get('visit')?.title.en).toBe('Visit, first draft')
    expect(reopened.notices.map((notice) => notice.code)).toContain('restored-from-backup')
  })

  it('leaves a backup still being written and folders it did not make', async () => {
    const { dataDir, store } = await folderWithCopies()
    for (const name of ['2026-11-26T10-00-00-000Z-before-import.partial', 'my notes']) {
      await mkdir(join(dataDir, 'backups', name))
    }
    await store.removeOldCopies()
    expect(await backupNames(dataDir)).toEqual([
      '2026-11-26T06-52-01-123Z',
      '2026-11-26T10-00-00-000Z-before-import.partial',
      'my notes'
    ])
  })

  it('is refused on a read-only store and once another Dossier took the folder over', async () => {
    const { dataDir, options } = await folderWithCopies()
    const readOnly = await openStore({ ...options, readOnly: true })
    await expect(readOnly.removeOldCopies()).rejects.toThrow(/read-only/)

    const store = await openStore(options)
    const before = await backupNames(dataDir)
    await writeFile(
      join(dataDir, 'dossier.lock'),
      JSON.stringify({ pid: 4242, host: hostname(), token: 'someone-else', since: 'now' })
    )
    await expect(store.removeOldCopies()).rejects.toMatchObject({ code: 'data-in-use' })
    expect(await backupNames(dataDir)).toEqual(before)
  })

  it('on a folder with no backups or recovered/ yet, removes nothing', async () => {
    const disk = SimulatedDisk.withFolders('/data')
    expect(await removeOldCopies(disk.fs, '/data')).toEqual({ backups: 0, recoveredFiles: 0 })
  })

  it('reports a disk that refuses as storage-failed, in words', async () => {
    const disk = SimulatedDisk.withFolders(
      '/data/backups/2026-11-26T06-50-01-123Z',
      '/data/backups/2026-11-26T06-51-01-123Z'
    )
    const refusing = {
      ...disk.fs,
      rm: async () => Promise.reject(Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' }))
    }
    await expect(removeOldCopies(refusing, '/data')).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining('could not remove every old copy')
    })
    expect(disk.list('/data/backups').sort()).toEqual(['2026-11-26T06-50-01-123Z', '2026-11-26T06-51-01-123Z'])
  })

  it('leaves the text of a deleted brief in no backup but the newest', async () => {
    const { dataDir, options } = await folderWithCopies()
    const store = await openStore(options)
    await store.briefs.remove('visit')
    await store.flush()
    // The next start makes a backup without the brief; then the older copies can go.
    const next = await openStore(options)
    const holding = async (): Promise<string[]> => {
      const found: string[] = []
      for (const name of await backupNames(dataDir)) {
        const files = await readdir(join(dataDir, 'backups', name), { recursive: true })
        for (const file of files.filter((each) => each.startsWith('briefs'))) {
          const path = join(dataDir, 'backups', name, file)
          if ((await readFile(path, 'utf8').catch(() => '')).includes('Visit, first draft')) found.push(name)
        }
      }
      return found
    }
    expect(await holding()).toHaveLength(3)
    await next.removeOldCopies()
    expect(await holding()).toEqual([])
    expect(await recoveredFiles(dataDir)).toEqual(['notices.json'])
  })

  it('folds the journals in first: a deleted partner’s text is left in no journal line', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    const first = await openStore(options)
    await first.library.put('partner', partner('atlantis', 'Atlantis, to forget'))
    await first.library.put('partner', partner('mexico', 'Mexico'))
    await first.flush()
    // A later session deletes it; the journal kept since holds the earlier save's line.
    const store = await openStore(options)
    await store.library.remove('partner', 'atlantis')
    const journal = join(dataDir, 'library', 'partners.journal.jsonl')
    expect(await readFile(journal, 'utf8')).toContain('Atlantis, to forget')

    await store.removeOldCopies()
    for (const path of [journal, `${journal}.copy`]) expect(await readFile(path, 'utf8')).toBe('')
    const file = await readFile(join(dataDir, 'library', 'partners.json'), 'utf8')
    expect(file).not.toContain('Atlantis')
    expect(file).toContain('Mexico')
    // Saves go on after it.
    await store.library.put('partner', partner('chile', 'Chile'))
    expect((await openStore(options)).library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
  })

  it('folds the journal when asked again after a fold that failed, and a flush waits for it', async () => {
    const dataDir = await makeTempDir()
    let failing = false
    // The disk refuses to put the background notes' file in place while failing is set. They are
    // the last kind folded, so a flush that did not wait for the whole removal would return first.
    const fs: StoreFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (failing && to.endsWith('background-notes.json.copy'))
          throw Object.assign(new Error('EIO: refused'), { code: 'EIO' })
        return nodeFs.rename(from, to)
      }
    }
    const options = optionsFor(dataDir, { now: steppingClock(), fs })
    const first = await openStore(options)
    await first.library.put('backgroundNote', {
      ...backgroundNote('atlantis'),
      title: { en: 'Atlantis, to forget', fr: '' }
    })
    await first.flush()
    const store = await openStore(options)
    await store.library.remove('backgroundNote', 'atlantis')
    failing = true
    await expect(store.removeOldCopies()).rejects.toMatchObject({ code: 'storage-failed' })
    failing = false

    const removal = store.removeOldCopies()
    await store.flush()
    const journal = join(dataDir, 'library', 'background-notes.journal.jsonl')
    expect(await readFile(journal, 'utf8')).not.toContain('Atlantis, to forget')
    await removal
  })
})
