import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SEALED_HEAD_BYTES, SEALED_TAIL_BYTES } from '../../../src/main/store/crypto/envelope'
import { openStore } from '../../../src/main/store/index'
import type { StoreOptions } from '../../../src/main/store/index'
import { nodeFs } from '../../../src/main/store/store-fs'
import { brief, cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'

afterEach(cleanTempDirs)

// Plain and encrypted folders: an encrypted one names a file's bytes by its nonce and tag.
const FOLDERS: Array<[string, { passphrase?: string }]> = [
  ['plain', {}],
  ['encrypted', { passphrase: 'three unrelated words and more' }]
]

// A backup is made only when the data changed since the last one, so each open here leaves a change behind.
let edits = 0
async function openAndChange(options: StoreOptions): Promise<void> {
  const store = await openStore(options)
  await store.settings.update({ author: `Author ${(edits += 1)}` })
}

describe('backups at start', () => {
  it("keeps the 10 newest and the day's oldest after 12 opens with changes", async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(Date.parse('2026-11-26T06:50:01.123Z')) })
    for (let open = 0; open < 12; open += 1) await openAndChange(options)

    const backups = (await readdir(join(dataDir, 'backups'))).sort()
    // The 10 newest, and the day's oldest (kept by the days rule) on top.
    expect(backups).toHaveLength(11)
    expect(backups[0]).toBe('2026-11-26T06-50-01-123Z')
    expect(backups[1]).toBe('2026-11-26T06-52-01-123Z')
    expect(backups.at(-1)).toBe('2026-11-26T07-01-01-123Z')
    expect(backups).not.toContain('2026-11-26T06-51-01-123Z')
  })

  it('honours keepBackups and leaves folders it did not make alone', async () => {
    const dataDir = await makeTempDir()
    await mkdir(join(dataDir, 'backups', 'my notes'), { recursive: true })
    const options = optionsFor(dataDir, { now: steppingClock(), keepBackups: 2 })
    for (let open = 0; open < 4; open += 1) await openAndChange(options)
    expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual([
      '2026-11-26T06-50-01-123Z',
      '2026-11-26T06-52-01-123Z',
      '2026-11-26T06-53-01-123Z',
      'my notes'
    ])
  })

  it('copies every data file, briefs included, as it was at start', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    const store = await openStore(options)
    await store.library.put('partner', partner('mexico'))
    await store.briefs.put(brief('visit'))
    await store.settings.update({ author: 'A' })
    await openStore(options)

    const backup = join(dataDir, 'backups', '2026-11-26T06-51-01-123Z')
    for (const file of [
      'library/partners.json',
      'library/key-messages.json',
      'library/irritants.json',
      'library/background-notes.json',
      'packages.json',
      'settings.json',
      'briefs/visit.json'
    ]) {
      expect(await readFile(join(backup, file), 'utf8')).toBe(await readFile(join(dataDir, file), 'utf8'))
    }
  })

  it.each(FOLDERS)(
    'shares the files the previous backup holds unchanged, and copies those that changed (%s)',
    { timeout: 60_000 },
    async (_label, unlock) => {
      const dataDir = await makeTempDir()
      const options = optionsFor(dataDir, { now: steppingClock(), ...unlock })
      const store = await openStore(options)
      await store.library.put('partner', partner('mexico'))
      await store.briefs.put(brief('visit'))
      await store.settings.update({ author: 'A' })
      await openStore(options)
      // Only the settings change before the third start.
      await openAndChange(options)
      await openStore(options)
      const backups = (await readdir(join(dataDir, 'backups'))).sort()
      // The first start found no data; the next three found it changed each time.
      expect(backups).toHaveLength(3)
      // Starts without a change make none.
      await openStore(options)
      await openStore(options)
      expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual(backups)

      const [before, after] = backups.slice(-2)
      const inBackup = (backup: string | undefined, file: string) => join(dataDir, 'backups', backup ?? '', file)
      for (const file of ['library/partners.json', 'briefs/visit.json', 'packages.json']) {
        expect((await stat(inBackup(after, file))).ino, file).toBe((await stat(inBackup(before, file))).ino)
      }
      expect((await stat(inBackup(after, 'settings.json'))).ino).not.toBe(
        (await stat(inBackup(before, 'settings.json'))).ino
      )
      // Each backup still holds the folder's bytes: the shared files and the copied one alike.
      for (const file of ['library/partners.json', 'briefs/visit.json', 'settings.json']) {
        expect(await readFile(inBackup(after, file))).toEqual(await readFile(join(dataDir, file)))
      }
      expect(await readFile(inBackup(before, 'settings.json'))).not.toEqual(
        await readFile(join(dataDir, 'settings.json'))
      )
      const manifest = JSON.parse(await readFile(inBackup(after, 'backup-manifest.json'), 'utf8'))
      const named = Object.values(manifest.files as Record<string, object>).map((entry) => Object.keys(entry).sort())
      expect(new Set(named.map(String))).toEqual(new Set(['passphrase' in unlock ? 'seal,size' : 'sha256,size']))
    }
  )

  it.each(FOLDERS)(
    'reads each data file once at start: the backup takes the digests of what was read (%s)',
    { timeout: 60_000 },
    async (_label, unlock) => {
      const dataDir = await makeTempDir()
      const options = optionsFor(dataDir, { now: steppingClock(), ...unlock })
      const store = await openStore(options)
      await store.library.put('partner', partner('mexico'))
      // The next open folds the partner's journal into its file; then only the settings change.
      await openAndChange(options)
      const reads = new Map<string, number>()
      const counting = {
        ...nodeFs,
        readFile: async (path: string) => {
          reads.set(path, (reads.get(path) ?? 0) + 1)
          return nodeFs.readFile(path)
        }
      }
      const backups = (await readdir(join(dataDir, 'backups'))).length
      await openStore({ ...options, fs: counting })
      expect((await readdir(join(dataDir, 'backups'))).length).toBe(backups + 1)
      for (const file of ['library/partners.json', 'settings.json', 'packages.json']) {
        expect(reads.get(join(dataDir, file)), file).toBe(1)
      }
      await expectManifestTrue(dataDir)
    }
  )

  it('digests a file repaired during the open from what is on disk, not from the damaged bytes read', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    await store.settings.update({ author: 'A' })
    await store.flush()
    const settings = join(dataDir, 'settings.json')
    const whole = await readFile(settings)
    await writeFile(settings, whole.subarray(0, whole.length / 2))
    await openStore(optionsFor(dataDir, { now: steppingClock() }))
    expect(await readFile(settings)).toEqual(whole)
    await expectManifestTrue(dataDir)
  })

  it('copies every file where the disk refuses links, as on a FAT-formatted key', async () => {
    const dataDir = await makeTempDir()
    const noLinks = {
      ...nodeFs,
      link: async () => Promise.reject(Object.assign(new Error('EPERM'), { code: 'EPERM' }))
    }
    const options = optionsFor(dataDir, { now: steppingClock(), fs: noLinks })
    const store = await openStore(options)
    await store.library.put('partner', partner('mexico'))
    await openStore(options)
    await openAndChange(options)
    await openStore(options)
    const [before, after] = (await readdir(join(dataDir, 'backups'))).sort().slice(-2)
    const partners = (backup: string | undefined) => join(dataDir, 'backups', backup ?? '', 'library/partners.json')
    expect((await stat(partners(after))).ino).not.toBe((await stat(partners(before))).ino)
    expect(await readFile(partners(after), 'utf8')).toBe(await readFile(partners(before), 'utf8'))
  })

  it('gives two starts in the same millisecond separate backups', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: () => new Date('2026-11-26T06:50:01.123Z') })
    await openAndChange(options)
    await openStore(options)
    expect((await readdir(join(dataDir, 'backups'))).sort()).toEqual([
      '2026-11-26T06-50-01-123Z',
      '2026-11-26T06-50-01-123Z-1'
    ])
  })
})

/** The newest backup's manifest names each file's bytes as they are, in the backup and in the folder. */
async function expectManifestTrue(dataDir: string): Promise<void> {
  const newest = (await readdir(join(dataDir, 'backups'))).sort().at(-1) ?? ''
  const manifest = JSON.parse(await readFile(join(dataDir, 'backups', newest, 'backup-manifest.json'), 'utf8')) as {
    files: Record<string, { size: number; sha256?: string; seal?: string }>
  }
  expect(Object.keys(manifest.files)).toContain('settings.json')
  for (const [file, digest] of Object.entries(manifest.files)) {
    const bytes = await readFile(join(dataDir, 'backups', newest, file))
    expect(bytes, file).toEqual(await readFile(join(dataDir, file)))
    expect(digest.size, file).toBe(bytes.length)
    if (digest.sha256 !== undefined) expect(digest.sha256, file).toBe(createHash('sha256').update(bytes).digest('hex'))
    else {
      const ends = Buffer.concat([bytes.subarray(0, SEALED_HEAD_BYTES), bytes.subarray(-SEALED_TAIL_BYTES)])
      expect(digest.seal, file).toBe(ends.toString('hex'))
    }
  }
}
