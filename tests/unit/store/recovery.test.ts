import { execFileSync } from 'node:child_process'
import { lstat, mkdir, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { openStore } from '../../../src/main/store/index'
import { brief, cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'

afterEach(cleanTempDirs)

const FIRST_OPEN = '2026-11-26T06-50-01-123Z'
const SECOND_OPEN = '2026-11-26T06-51-01-123Z'
const THIRD_OPEN = '2026-11-26T06-52-01-123Z'

/** Damages a data file and its second copy alike, so only a backup can help. */
async function damageBoth(path: string, content: string): Promise<void> {
  await writeFile(path, content)
  await writeFile(`${path}.copy`, content)
}

/** A folder with two partners and a brief, opened twice so the second backup holds them. */
/** A folder whose second start backed up its files with every save in them (a journal of one save is folded at once). */
async function backedUpFolder() {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 1 })
  const store = await openStore(options)
  await store.library.put('partner', partner('mexico', 'Mexico'))
  await store.library.put('partner', partner('chile', 'Chile'))
  await store.briefs.put(brief('visit', 'Visit'))
  await openStore(options)
  return { dataDir, options }
}

describe('recovery of damaged files', () => {
  it('restores a file cut after a fold from its second copy, losing nothing, and says so', async () => {
    const dataDir = await makeTempDir()
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 3 })
    const store = await openStore(options)
    // Seven saves: two folds into the file since the start-up backup, one save left in the journal.
    for (let round = 1; round <= 7; round++)
      await store.library.put('partner', partner(`p-${round}`, `Partner ${round}`))
    const partnersPath = join(dataDir, 'library', 'partners.json')
    await truncate(partnersPath, Math.floor((await stat(partnersPath)).size / 2))

    const reopened = await openStore(options)

    expect(reopened.library.list('partner').map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6', 'p-7'])
    const keptAs = `recovered/library/partners.json.${SECOND_OPEN}.corrupt`
    expect(reopened.notices).toEqual([
      {
        code: 'restored-from-copy',
        message: expect.stringContaining('Nothing was lost'),
        params: { file: 'library/partners.json', keptAs }
      }
    ])
    // Told again at every start until the user has seen it; then no more.
    const untold = await openStore(options)
    expect(untold.notices).toEqual(reopened.notices)
    await untold.acknowledgeNotices()
    expect((await openStore(options)).notices).toEqual([])
  })

  it('puts back a file removed from outside from its second copy, saying nothing was lost', async () => {
    const { dataDir, options } = await backedUpFolder()
    await rm(join(dataDir, 'briefs', 'visit.json'))
    await rm(join(dataDir, 'library', 'partners.json'))
    const store = await openStore(options)
    expect(store.briefs.get('visit')?.title.en).toBe('Visit')
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
    expect(store.notices.map((n) => [n.code, n.params.file]).sort()).toEqual([
      ['restored-missing-file', 'briefs/visit.json'],
      ['restored-missing-file', 'library/partners.json']
    ])
    // A brief deleted in the app takes its copy with it, and stays deleted.
    await store.briefs.remove('visit')
    await store.acknowledgeNotices()
    const next = await openStore(options)
    expect(next.briefs.get('visit')).toBeUndefined()
    expect(next.notices).toEqual([])
  })

  it('takes bytes that are not UTF-8 for damage, restoring the file from its copy instead of spreading them', async () => {
    const { dataDir, options } = await backedUpFolder()
    const partnersPath = join(dataDir, 'library', 'partners.json')
    const good = await readFile(partnersPath)
    // A sector gone bad inside a name: still JSON, if read leniently, with replacement characters.
    const damaged = Buffer.from(good)
    const at = damaged.indexOf('Mexico')
    damaged.set([0xff, 0xfe, 0xff], at + 1)
    await writeFile(partnersPath, damaged)

    const store = await openStore(options)
    expect(store.library.get('partner', 'mexico')?.name.en).toBe('Mexico')
    expect(store.notices.map((n) => [n.code, n.params.file])).toEqual([['restored-from-copy', 'library/partners.json']])
    await store.library.put('partner', partner('peru', 'Peru'))
    // The save reaches the journal's limit (backedUpFolder): the file is written again, and checked once written.
    await store.flush()
    for (const path of [partnersPath, `${partnersPath}.copy`])
      expect((await readFile(path)).includes('\uFFFD')).toBe(false)
  })

  it("moves a folder standing at a data file's name aside and puts the file back from its copy", async () => {
    const { dataDir, options } = await backedUpFolder()
    const partnersPath = join(dataDir, 'library', 'partners.json')
    await rm(partnersPath)
    await mkdir(partnersPath)
    const store = await openStore(options)
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
    const [notice] = store.notices
    expect(notice).toMatchObject({ code: 'restored-from-copy', params: { file: 'library/partners.json' } })
    expect((await lstat(join(dataDir, notice!.params.keptAs!))).isDirectory()).toBe(true)
    expect((await lstat(partnersPath)).isFile()).toBe(true)
  })

  it.skipIf(process.platform === 'win32')(
    "does not wait on a named pipe standing at a data file's name: moved aside, the file put back from its copy",
    async () => {
      const { dataDir, options } = await backedUpFolder()
      const partnersPath = join(dataDir, 'library', 'partners.json')
      await rm(partnersPath)
      execFileSync('mkfifo', [partnersPath])
      // Read as a file, the pipe held the open until some program wrote into it: for ever.
      const store = await openStore(options)
      expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
      const [notice] = store.notices
      expect(notice).toMatchObject({ code: 'restored-from-copy', params: { file: 'library/partners.json' } })
      expect((await lstat(join(dataDir, notice!.params.keptAs!))).isFIFO()).toBe(true)
      expect((await lstat(partnersPath)).isFile()).toBe(true)
    }
  )

  it('restores a damaged second copy at the next save, and a damaged file from it', async () => {
    const { dataDir, options } = await backedUpFolder()
    await writeFile(join(dataDir, 'briefs', 'visit.json.copy'), 'garbage')
    const store = await openStore(options)
    expect(store.notices).toEqual([])
    await store.briefs.put(brief('visit', 'Visit, revised'))
    await writeFile(join(dataDir, 'briefs', 'visit.json'), '')
    const reopened = await openStore(options)
    expect(reopened.briefs.get('visit')?.title.en).toBe('Visit, revised')
    expect(reopened.notices.map((n) => n.code)).toEqual(['restored-from-copy'])
  })

  it('restores a file cut in half, with its copy, from the newest backup and keeps the cut file aside', async () => {
    const { dataDir, options } = await backedUpFolder()
    const partnersPath = join(dataDir, 'library', 'partners.json')
    await truncate(partnersPath, Math.floor((await stat(partnersPath)).size / 2))
    await rm(`${partnersPath}.copy`)
    const cutBytes = await readFile(partnersPath)

    const store = await openStore(options)

    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
    const keptAs = `recovered/library/partners.json.${THIRD_OPEN}.corrupt`
    expect(await readFile(join(dataDir, keptAs))).toEqual(cutBytes)
    expect(store.notices).toEqual([
      {
        code: 'restored-from-backup',
        message: expect.stringContaining('library/partners.json'),
        params: { file: 'library/partners.json', backup: SECOND_OPEN, keptAs }
      }
    ])
    // The restored file and its second copy are the backup's copy, byte for byte, and good at the next start.
    const backupBytes = await readFile(join(dataDir, 'backups', SECOND_OPEN, 'library', 'partners.json'))
    expect(await readFile(partnersPath)).toEqual(backupBytes)
    expect(await readFile(`${partnersPath}.copy`)).toEqual(backupBytes)
    await store.acknowledgeNotices()
    expect((await openStore(options)).notices).toEqual([])
  })

  it('restores a damaged brief file the same way', async () => {
    const { dataDir, options } = await backedUpFolder()
    await damageBoth(join(dataDir, 'briefs', 'visit.json'), '{"schemaVersion":1,"brief":{"id":"vis')
    const store = await openStore(options)
    expect(store.briefs.get('visit')?.title.en).toBe('Visit')
    expect(store.notices.map((n) => [n.code, n.params.file])).toEqual([['restored-from-backup', 'briefs/visit.json']])
  })

  it('treats a file that parses but fails validation as damaged', async () => {
    const { dataDir, options } = await backedUpFolder()
    const partnersPath = join(dataDir, 'library', 'partners.json')
    const document = JSON.parse(await readFile(partnersPath, 'utf8'))
    document.items[0].marking = 'TOP SECRET'
    await damageBoth(partnersPath, JSON.stringify(document))

    const store = await openStore(options)
    expect(store.library.get('partner', 'mexico')?.marking).toBe('UNCLASSIFIED')
    expect(store.notices[0]?.code).toBe('restored-from-backup')
  })

  it('skips a backup whose copy is damaged too and uses an older good one', async () => {
    const { dataDir, options } = await backedUpFolder()
    await writeFile(join(dataDir, 'backups', SECOND_OPEN, 'library', 'partners.json'), '{"broken')
    await damageBoth(join(dataDir, 'library', 'partners.json'), '{"broken')
    const store = await openStore(options)
    // The first backup was taken before the partners were added: older, but good.
    expect(store.notices[0]?.params.backup).toBe(FIRST_OPEN)
    expect(store.library.list('partner')).toEqual([])
  })

  it('says a file is lost when no backup holds it, keeps it aside and starts empty', async () => {
    const dataDir = await makeTempDir()
    // A journal of one save is folded into the file at once, so the damage below destroys everything there is.
    const options = optionsFor(dataDir, { now: steppingClock(), journalLimit: 1 })
    await (await openStore(options)).library.put('partner', partner('mexico'))
    await openStore(options)
    await rm(join(dataDir, 'backups'), { recursive: true })
    await damageBoth(join(dataDir, 'library', 'partners.json'), 'not json at all')

    const store = await openStore(options)
    const keptAs = `recovered/library/partners.json.${THIRD_OPEN}.corrupt`
    expect(store.notices).toEqual([
      {
        code: 'unrecoverable-file',
        message: expect.stringContaining('nor any backup'),
        params: { file: 'library/partners.json', keptAs }
      }
    ])
    expect(store.library.list('partner')).toEqual([])
    expect(await readFile(join(dataDir, keptAs), 'utf8')).toBe('not json at all')
    // The collection is written back empty, so the folder is not taken for a new one and reseeded.
    await store.acknowledgeNotices()
    const next = await openStore(options)
    expect(next.notices).toEqual([])
    expect(next.library.list('partner')).toEqual([])
  })

  it('falls back to default settings when the settings file is lost', async () => {
    const dataDir = await makeTempDir()
    await writeFile(join(dataDir, 'settings.json'), '{"schemaVersion":1,"settings":{"uiLang')
    const store = await openStore(optionsFor(dataDir, { now: steppingClock() }))
    expect(store.settings.get()).toEqual(DEFAULT_SETTINGS)
    expect(store.notices.find((n) => n.code === 'unrecoverable-file')?.params.file).toBe('settings.json')
  })

  it('never overwrites an earlier damaged copy and never backs up a damaged file', async () => {
    const { dataDir } = await backedUpFolder()
    const sameMoment = () => new Date('2030-01-01T00:00:00.000Z')
    for (const content of ['first damage', 'second damage']) {
      await damageBoth(join(dataDir, 'library', 'partners.json'), content)
      await openStore(optionsFor(dataDir, { now: sameMoment }))
    }
    const kept = await readdir(join(dataDir, 'recovered', 'library'))
    expect(kept.sort()).toEqual([
      'partners.json.2030-01-01T00-00-00-000Z-1.corrupt',
      'partners.json.2030-01-01T00-00-00-000Z.corrupt'
    ])
    for (const backup of await readdir(join(dataDir, 'backups'))) {
      const copy = await readFile(join(dataDir, 'backups', backup, 'library', 'partners.json'), 'utf8')
      expect(() => JSON.parse(copy)).not.toThrow()
    }
  })
})
