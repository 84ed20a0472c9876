import { readdir, readFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import type { StoreOptions } from '../../../src/main/store/index'
import { brief, cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'

afterEach(cleanTempDirs)

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
