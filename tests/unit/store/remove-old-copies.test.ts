import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../src/main/store/index'
import { removeOldCopies } from '../../../src/main/store/remove-old-copies'
import {
  backgroundNote,
  brief,
  cleanTempDirs,
  makeTempDir,
  optionsFor,
  partner,
  steppingClock,
  tinyDefaultLibrary
} from './helpers'
import { SimulatedDisk } from './simulated-disk'
import { sealedFolder } from './sealed-folder'
import { nodeFs } from '../../../src/main/store/store-fs'
import type { StoreFs } from '../../../src/main/store/store-fs'

afterEach(cleanTempDirs)

// "Remove old copies" deletes what keeps text the user has since changed or deleted (backups of
// both kinds, damaged files kept aside) and keeps the data as it is now and one start-up backup
// of it, made first unless the newest already holds it, so a file damaged later can still be restored.

let edits = 0
/** Opens the folder and changes it, so the next open makes a start-up backup. */
async function openAndChange(options: StoreOptions): Promise<Store> {
  const store = await openStore(options)
  await store.settings.update({ author: `Author ${(edits += 1)}` })
  return store
}

/** Starts the folder, changes it and quits: a session before the one a test drives. */
async function earlierSession(options: StoreOptions): Promise<void> {
  await (await openAndChange(options)).flush()
  await releaseDataLock(options.dataDir)
}

/** A first session that saves a partner to forget and one to keep, then quits. */
async function savedAtlantis(options: StoreOptions): Promise<void> {
  const first = await openStore(options)
  await first.library.put('partner', partner('atlantis', 'Atlantis, to forget'))
  await first.library.put('partner', partner('mexico', 'Mexico'))
  await first.flush()
  await releaseDataLock(options.dataDir)
}

/** The node file system, each copy going through `before` first (a save landing then, a disk refusing). */
function copyingThrough(before: (from: string) => Promise<void>): StoreFs {
  return {
    ...nodeFs,
    copyFile: async (from, to) => {
      await before(from)
      return nodeFs.copyFile(from, to)
    }
  }
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

/** Every file under `dir` whose bytes hold `text`, relative to it. */
async function filesHolding(dir: string, text: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const found: string[] = []
  for (const entry of entries.filter((each) => each.isFile())) {
    const path = join(entry.parentPath, entry.name)
    if ((await readFile(path, 'utf8')).includes(text)) found.push(path.slice(dir.length + 1))
  }
  return found
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
  it('backs up the data as it is now, deletes every other backup and every kept damaged file, and says how many', async () => {
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

    // Partners were imported since the newest start-up backup: a backup of the data now comes first.
    expect(await store.removeOldCopies()).toEqual({ backups: 5, recoveredFiles: 2, backupMade: true })
    const kept = await backupNames(dataDir)
    expect(kept).toHaveLength(1)
    expect(kept[0]! > before[2]!).toBe(true)
    expect(kept[0]).toMatch(/^2026-11-26T\d{2}-\d{2}-\d{2}-\d{3}Z$/)
    const backedUp = await readFile(join(dataDir, 'backups', kept[0]!, 'library', 'partners.json'), 'utf8')
    for (const id of ['mexico', 'chile', 'peru']) expect(backedUp).toContain(`"id": "${id}"`)
    // The repairs not yet seen are still told; the emptied folders are gone.
    expect(await readdir(join(dataDir, 'recovered'))).toEqual(['notices.json'])
    // Nothing left to remove the second time, and no new backup: the kept one holds the data now.
    expect(await store.removeOldCopies()).toEqual({ backups: 0, recoveredFiles: 0, backupMade: false })
    expect(await backupNames(dataDir)).toEqual(kept)
  })

  it('keeps the newest start-up backup when it holds the data as it is now', async () => {
    const { dataDir, options, store } = await folderWithCopies()
    await store.flush()
    await releaseDataLock(dataDir)
    // Journals are folded in at this open (at their limit), so the removal leaves every file as the start found it.
    const again = await openStore({ ...options, journalLimit: 1 })
    const newest = (await backupNames(dataDir)).filter((name) => !name.includes('before')).at(-1)
    expect(await again.removeOldCopies()).toEqual({ backups: 5, recoveredFiles: 2, backupMade: false })
    expect(await backupNames(dataDir)).toEqual([newest])
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
    const before = await backupNames(dataDir)
    await store.removeOldCopies()
    const made = (await backupNames(dataDir)).filter((name) => !before.includes(name))
    expect(made).toHaveLength(1)
    expect(await backupNames(dataDir)).toEqual([made[0], '2026-11-26T10-00-00-000Z-before-import.partial', 'my notes'])
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
    await savedAtlantis(options)
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

  it('leaves the text of a partner deleted in an earlier session in no file, backups included', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await savedAtlantis(options)
    const second = await openStore(options)
    await second.library.remove('partner', 'atlantis')
    await second.flush()
    await releaseDataLock(dataDir)
    // This start keeps the journal, and its backup takes the journal along, with Atlantis's line.
    const third = await openStore(options)
    expect(await filesHolding(dataDir, 'Atlantis, to forget')).not.toEqual([])

    await third.removeOldCopies()
    expect(await filesHolding(dataDir, 'Atlantis, to forget')).toEqual([])
  })

  it.each([
    ['plain', async () => optionsFor(await makeTempDir(), { now: steppingClock() })],
    [
      'sealed',
      async () => ({
        ...(await sealedFolder()),
        now: steppingClock(),
        loadDefaultLibrary: async () => tinyDefaultLibrary()
      })
    ]
  ] as const)(
    'keeps a save made before the removal when the file and its copy are damaged afterwards (%s)',
    async (_, makeOptions) => {
      const options: StoreOptions = await makeOptions()
      const { dataDir } = options
      await (await openStore(options)).flush()
      await releaseDataLock(dataDir)
      const store = await openStore(options)
      // Acknowledged, in the journal; the removal folds the journal into the file.
      await store.library.put('partner', partner('chile', 'Chile'))
      await store.removeOldCopies()
      await store.flush()
      await releaseDataLock(dataDir)
      for (const name of ['partners.json', 'partners.json.copy']) {
        await writeFile(join(dataDir, 'library', name), '{')
      }

      const reopened = await openStore(options)
      expect(reopened.notices.map((notice) => notice.code)).toContain('restored-from-backup')
      expect(reopened.library.list('partner').map((item) => item.id)).toContain('chile')
    }
  )

  it('keeps the backup it made, not the newest by its name, when the clock was set back since the start', async () => {
    const dataDir = await makeTempDir()
    const later = optionsFor(dataDir, { now: () => new Date('2027-03-01T12:00:00.000Z') })
    await earlierSession(later)
    const store = await openAndChange(later)
    await store.flush()
    await releaseDataLock(dataDir)
    // The computer's clock now reads months earlier than the start-up backups' names.
    const reopened = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    await reopened.library.put('partner', partner('chile', 'Chile'))
    await reopened.removeOldCopies()
    const [kept, ...others] = await backupNames(dataDir)
    expect(others).toEqual([])
    expect(kept).toMatch(/^2026-11-26T/)
    expect(await readFile(join(dataDir, 'backups', kept!, 'library', 'partners.json'), 'utf8')).toContain('Chile')
  })

  it('names in the manifest the bytes it copied, when a save lands while the backup is made', async () => {
    const dataDir = await makeTempDir()
    let beforeCopy: ((from: string) => Promise<void>) | null = null
    const options = optionsFor(dataDir, {
      now: steppingClock(),
      fs: copyingThrough(async (from) => beforeCopy?.(from))
    })
    await earlierSession(options)
    const store = await openStore(options)
    await store.settings.update({ author: 'Carl' })
    beforeCopy = async (from) => {
      if (!from.endsWith('settings.json')) return
      beforeCopy = null
      await store.settings.update({ author: 'Bobo' })
    }
    await store.removeOldCopies()
    const [kept] = await backupNames(dataDir)
    const manifest = JSON.parse(await readFile(join(dataDir, 'backups', kept!, 'backup-manifest.json'), 'utf8'))
    const copied = await readFile(join(dataDir, 'backups', kept!, 'settings.json'))
    expect(manifest.files['settings.json'].sha256).toBe(createHash('sha256').update(copied).digest('hex'))

    // Back to the bytes digested before the copy: the next start must still see the change.
    await store.settings.update({ author: 'Carl' })
    await store.flush()
    await releaseDataLock(dataDir)
    await (await openStore(options)).flush()
    await releaseDataLock(dataDir)
    for (const name of ['settings.json', 'settings.json.copy']) await writeFile(join(dataDir, name), '{')
    const reopened = await openStore(options)
    expect(reopened.notices.map((notice) => notice.code)).toContain('restored-from-backup')
    expect(reopened.settings.get().author).toBe('Carl')
  })

  it('lists the documents again when a brief is deleted while the backup is made', async () => {
    const dataDir = await makeTempDir()
    let beforeRead: ((path: string) => Promise<void>) | null = null
    const fs: StoreFs = {
      ...nodeFs,
      readFile: async (path) => {
        const hook = beforeRead
        if (hook) await hook(path)
        return nodeFs.readFile(path)
      }
    }
    const store = await openStore(optionsFor(dataDir, { now: steppingClock(), fs }))
    await store.briefs.put(brief('visit', 'Visit'))
    beforeRead = async (path) => {
      if (!path.endsWith(join('briefs', 'visit.json'))) return
      beforeRead = null
      await store.briefs.remove('visit')
    }
    await store.removeOldCopies()
    const [kept] = await backupNames(dataDir)
    expect(await readdir(join(dataDir, 'backups', kept!, 'briefs')).catch(() => [])).toEqual([])
  })

  it('removes nothing when the backup of the data now cannot be made, and says why in words', async () => {
    const dataDir = await makeTempDir()
    let refusing = false
    const fs = copyingThrough(async () => {
      if (refusing) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    })
    const options = optionsFor(dataDir, { now: steppingClock(), fs })
    await earlierSession(options)
    const store = await openAndChange(options)
    await store.settings.update({ author: 'Changed since the start' })
    const before = await backupNames(dataDir)
    refusing = true
    await expect(store.removeOldCopies()).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(
        /could not back up your data as it is now .*\(ENOSPC: no space left on device\), so it removed no old copy/
      )
    })
    expect(await backupNames(dataDir)).toEqual(before)
  })

  it('removes nothing when a document no longer matches its second copy, and says what to do', async () => {
    const { dataDir, store } = await folderWithCopies()
    const before = await backupNames(dataDir)
    await writeFile(join(dataDir, 'briefs', 'visit.json.copy'), '{"schemaVersion":1,"brief":{}}')
    await expect(store.removeOldCopies()).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringMatching(/^briefs\/visit\.json no longer matches its second copy.*start it again/)
    })
    expect(await backupNames(dataDir)).toEqual(before)
    expect(await recoveredFiles(dataDir)).toHaveLength(3)
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
