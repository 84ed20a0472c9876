import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import type { StoreOptions } from '../../../src/main/store/index'
import { fileStamp } from '../../../src/main/store/timestamp'
import { brief, cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'

// Days are counted in local time. A zone behind UTC makes a late-evening backup fall on the next
// UTC day, so the days test below fails if rotation counted UTC days.
const zoneBefore = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/Toronto'
})
afterAll(() => {
  process.env.TZ = zoneBefore
})
afterEach(cleanTempDirs)

let edits = 0
async function openAndChange(options: StoreOptions): Promise<void> {
  const store = await openStore(options)
  await store.settings.update({ author: `Author ${(edits += 1)}` })
}

const backupNames = async (dataDir: string): Promise<string[]> => (await readdir(join(dataDir, 'backups'))).sort()
const startUpNames = async (dataDir: string): Promise<string[]> =>
  (await backupNames(dataDir)).filter((name) => /Z(-\d+)?$/.test(name))
const importNames = async (dataDir: string): Promise<string[]> =>
  (await backupNames(dataDir)).filter((name) => name.includes('before-import'))

/** A clock that returns the given moments, one per call. */
function clockOf(moments: readonly string[]): () => Date {
  let calls = 0
  return () => new Date(moments[calls++]!)
}

const minutesAfter = (start: string, minutes: number): string =>
  new Date(Date.parse(start) + minutes * 60_000).toISOString()

describe('start-up backups only when data changed', () => {
  it('makes no backup when nothing changed since the last one, and one when something did', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await openAndChange(options)
    await openStore(options)
    expect(await backupNames(dataDir)).toEqual(['2026-11-26T06-50-01-123Z', '2026-11-26T06-51-01-123Z'])

    // Opened and closed without a change, twice: the newest backup already holds these bytes.
    await openStore(options)
    await openStore(options)
    expect(await backupNames(dataDir)).toEqual(['2026-11-26T06-50-01-123Z', '2026-11-26T06-51-01-123Z'])

    await (await openStore(options)).briefs.put(brief('visit'))
    await openStore(options)
    expect(await backupNames(dataDir)).toEqual([
      '2026-11-26T06-50-01-123Z',
      '2026-11-26T06-51-01-123Z',
      '2026-11-26T06-55-01-123Z'
    ])
    const manifest = JSON.parse(
      await readFile(join(dataDir, 'backups', '2026-11-26T06-55-01-123Z', 'backup-manifest.json'), 'utf8')
    )
    expect(Object.keys(manifest.files)).toContain('briefs/visit.json')
  })

  it('makes a backup when the newest one has no manifest or a copy no longer matches it', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await openStore(options)
    // A backup made before manifests existed cannot vouch for the data.
    await rm(join(dataDir, 'backups', '2026-11-26T06-50-01-123Z', 'backup-manifest.json'))
    await openStore(options)
    expect(await backupNames(dataDir)).toHaveLength(2)

    // A copy cut short since: the backup no longer holds the current bytes.
    await writeFile(join(dataDir, 'backups', '2026-11-26T06-51-01-123Z', 'library', 'partners.json'), '{')
    await openStore(options)
    expect(await backupNames(dataDir)).toHaveLength(3)
  })

  it('restores a damaged file from the newest backup when later starts were skipped', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await openAndChange(options)
    await openStore(options)
    await openStore(options)
    const settingsPath = join(dataDir, 'settings.json')
    const good = await readFile(settingsPath)
    // The second copy too, so that only a backup can help.
    await writeFile(settingsPath, '{"broken')
    await writeFile(`${settingsPath}.copy`, '{"broken')

    const store = await openStore(options)
    expect(store.notices.map((notice) => notice.params.backup)).toEqual(['2026-11-26T06-51-01-123Z'])
    expect(await readFile(settingsPath)).toEqual(good)
    expect(store.settings.get().author).toBe(`Author ${edits}`)
  })
})

describe('rotation', () => {
  it('keeps the 10 newest plus the oldest of each of the last 7 local days after 15 quick opens', async () => {
    const dataDir = await makeTempDir()
    const today = '2026-11-26T15:00:00.000Z' // 10:00 in Toronto
    const quick = Array.from({ length: 15 }, (_, minute) => minutesAfter(today, minute))
    const earlier = [
      '2026-11-19T15:00:00.000Z', // 7 days back: out of the days rule
      '2026-11-20T15:00:00.000Z', // 6 days back: that day's oldest
      '2026-11-23T15:00:00.000Z',
      '2026-11-23T20:00:00.000Z', // same day, later: goes
      '2026-11-25T15:00:00.000Z',
      '2026-11-26T03:00:00.000Z' // 22:00 on the 25th in Toronto, not that day's oldest: goes
    ]
    const options = optionsFor(dataDir, { now: clockOf([...earlier, ...quick]) })
    for (let open = 0; open < earlier.length + quick.length; open += 1) await openAndChange(options)

    const stamp = (moment: string): string => fileStamp(new Date(moment))
    expect(await backupNames(dataDir)).toEqual(
      [earlier[1]!, earlier[2]!, earlier[4]!, quick[0]!, ...quick.slice(5)].map(stamp)
    )
  })

  it('rotates before-import backups on their own, never pushing start-up ones out, and the reverse', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), keepBackups: 2, keepImportBackups: 3 })
    for (let open = 0; open < 4; open += 1) await openAndChange(options)
    const store = await openStore(options)
    const startUp = await startUpNames(dataDir)
    expect(startUp).toHaveLength(3) // 2 newest and the day's oldest
    for (let run = 0; run < 6; run += 1) {
      await store.library.applyBatch([{ kind: 'partner', item: partner(`p${run}`) }], {
        backup: { at: new Date(Date.parse('2026-11-26T08:00:00.000Z') + run * 60_000), label: 'before-import' }
      })
    }
    // Rotated during the session, without waiting for the next open.
    const imports = await importNames(dataDir)
    expect(imports).toEqual([
      '2026-11-26T08-00-00-000Z-before-import',
      '2026-11-26T08-03-00-000Z-before-import',
      '2026-11-26T08-04-00-000Z-before-import',
      '2026-11-26T08-05-00-000Z-before-import'
    ])
    expect(await startUpNames(dataDir)).toEqual(startUp)

    for (let open = 0; open < 5; open += 1) await openAndChange(options)
    expect(await importNames(dataDir)).toEqual(imports)
    expect(await startUpNames(dataDir)).toHaveLength(3)
  })

  it('removes half-made backups a crash left behind, and nothing it did not name', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock() })
    await openStore(options)
    const leftovers = ['2026-11-26T06-49-00-000Z.partial', '2026-11-26T06-49-30-000Z-before-import.partial']
    for (const name of leftovers) {
      await mkdir(join(dataDir, 'backups', name, 'library'), { recursive: true })
      await writeFile(join(dataDir, 'backups', name, 'library', 'partners.json'), '{"sche')
    }
    await mkdir(join(dataDir, 'backups', 'my notes'))

    await openStore(options)
    expect(await backupNames(dataDir)).toEqual(['2026-11-26T06-50-01-123Z', 'my notes'])
  })
})
