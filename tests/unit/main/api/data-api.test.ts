import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openTestApi, tempDataDir, testFileHost, value } from './test-api'

// The api's "Remove old copies": what Settings calls, on the real store and real files.

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()))
})

async function folder(): Promise<string> {
  const { dir, remove } = await tempDataDir()
  cleanups.push(remove)
  return dir
}

describe('data.removeOldCopies', () => {
  it('removes older backups and kept damaged files, keeps the newest start-up backup when it holds the data now, and answers the counts', async () => {
    const dataDir = await folder()
    const first = await openTestApi(dataDir)
    value(await first['settings.update']({ author: 'Awa Diallo' }))
    // A second start backs up the changed folder; two more backups and two kept files are made by hand,
    // named as Dossier names them.
    const api = await openTestApi(dataDir)
    const backups = join(dataDir, 'backups')
    const newest = (await readdir(backups)).sort().at(-1) ?? ''
    for (const name of ['2001-01-01T08-00-00-000Z', '2001-01-02T08-00-00-000Z-before-import']) {
      await mkdir(join(backups, name, 'library'), { recursive: true })
      await writeFile(join(backups, name, 'library', 'partners.json'), '{"schemaVersion":1,"items":[]}')
    }
    await mkdir(join(dataDir, 'recovered', 'library'), { recursive: true })
    await writeFile(join(dataDir, 'recovered', 'library', 'partners.json.2026-11-20T08-00-00-000Z.corrupt'), 'x')
    await writeFile(join(dataDir, 'recovered', 'settings.json.2026-11-21T08-00-00-000Z.corrupt'), 'x')

    const removed = value(await api['data.removeOldCopies']({}))
    // The first start's backup and the two made by hand.
    expect(removed).toEqual({ backups: 3, recoveredFiles: 2, backupMade: false })
    expect(await readdir(backups)).toEqual([newest])
    expect(await readdir(join(dataDir, 'recovered'))).toEqual([])
    // The data as it is now stays.
    expect(value(await api['settings.get']({})).author).toBe('Awa Diallo')
    expect(value(await api['library.list']({ kind: 'partner' })).length).toBeGreaterThanOrEqual(20)
  })

  it('takes no input', async () => {
    const api = await openTestApi(await folder())
    expect(await api['data.removeOldCopies']({ everything: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })
})

describe('data.backups', () => {
  it('lists start-up and before-import backups newest first with their moments, never one still being copied', async () => {
    const dataDir = await folder()
    await openTestApi(dataDir)
    const api = await openTestApi(dataDir)
    const backups = join(dataDir, 'backups')
    for (const name of [
      '2001-01-01T08-00-00-000Z',
      '2001-01-01T08-00-00-000Z-1',
      '2001-01-02T09-30-00-000Z-before-import',
      '2001-01-03T08-00-00-000Z.partial',
      'notes from a colleague'
    ]) {
      await mkdir(join(backups, name), { recursive: true })
    }
    const listed = value(await api['data.backups']({}))
    expect(listed.slice(-3)).toEqual([
      { name: '2001-01-02T09-30-00-000Z-before-import', takenAt: '2001-01-02T09:30:00.000Z', kind: 'before-import' },
      { name: '2001-01-01T08-00-00-000Z-1', takenAt: '2001-01-01T08:00:00.000Z', kind: 'start-up' },
      { name: '2001-01-01T08-00-00-000Z', takenAt: '2001-01-01T08:00:00.000Z', kind: 'start-up' }
    ])
    // The first start's own backup comes first: it is the newest.
    expect(listed[0]?.kind).toBe('start-up')
    expect(listed.map((entry) => entry.name)).not.toContain('2001-01-03T08-00-00-000Z.partial')
    expect(listed).toHaveLength(4)
  })
})

describe('data.showFolder', () => {
  it('opens the data folder itself, which the window never names', async () => {
    const dataDir = await folder()
    const host = testFileHost()
    const api = await openTestApi(dataDir, host)
    expect(value(await api['data.showFolder']({}))).toBeNull()
    expect(host.shown).toEqual([dataDir])
    expect(await api['data.showFolder']({ path: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
  })
})
