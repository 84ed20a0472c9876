import { readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openStore } from '../../../src/main/store/index'
import {
  backgroundNote,
  brief,
  cleanTempDirs,
  makeTempDir,
  partner,
  steppingClock,
  tinyDefaultLibrary
} from './helpers'

afterEach(cleanTempDirs)

describe('default library', () => {
  it('is installed into an empty folder, with a notice', async () => {
    const dataDir = await makeTempDir()
    const loadDefaultLibrary = vi.fn(async () => tinyDefaultLibrary())
    const store = await openStore({ dataDir, loadDefaultLibrary, now: steppingClock() })

    expect(loadDefaultLibrary).toHaveBeenCalledTimes(1)
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'france'])
    expect(store.library.list('keyMessage').map((k) => k.id)).toEqual(['km-1'])
    expect(store.library.list('irritant').map((i) => i.id)).toEqual(['irr-1'])
    expect(store.library.list('backgroundNote').map((b) => b.id)).toEqual(['bg-1'])
    expect(store.briefs.list().map((b) => b.id)).toEqual(['sample-brief'])
    expect(store.packages.list().map((p) => p.id)).toEqual(['sample-package'])
    expect(store.notices).toEqual([
      { code: 'default-library-installed', message: expect.any(String), params: { partners: '2' } }
    ])
    expect((await readdir(join(dataDir, 'briefs'))).sort()).toEqual(['sample-brief.json', 'sample-brief.json.copy'])
  })

  it('is never installed again into a folder that has a library, even an emptied one', async () => {
    const dataDir = await makeTempDir()
    const loadDefaultLibrary = vi.fn(async () => tinyDefaultLibrary())
    const options = { dataDir, loadDefaultLibrary, now: steppingClock() }
    const first = await openStore(options)
    await first.library.remove('partner', 'mexico')
    await first.library.remove('partner', 'france')

    const second = await openStore(options)
    expect(loadDefaultLibrary).toHaveBeenCalledTimes(1)
    expect(second.library.list('partner')).toEqual([])
    expect(second.notices).toEqual([])
  })

  it('does not replace briefs or packages already in the folder', async () => {
    const dataDir = await makeTempDir()
    await rm(dataDir, { recursive: true })
    const seedOptions = {
      dataDir,
      loadDefaultLibrary: async () => ({ ...tinyDefaultLibrary(), partners: [partner('only')] }),
      now: steppingClock()
    }
    const store = await openStore(seedOptions)
    await store.briefs.put(brief('sample-brief', 'My own edits'))
    for (const file of ['partners', 'key-messages', 'irritants', 'background-notes'])
      await rm(join(dataDir, 'library', `${file}.json`))
    await writeFile(join(dataDir, 'packages.json'), JSON.stringify({ schemaVersion: 1, items: [] }))

    const reseeded = await openStore(seedOptions)
    expect(reseeded.briefs.get('sample-brief')?.title.en).toBe('My own edits')
    expect(reseeded.packages.list()).toEqual([])
    expect(reseeded.library.list('partner').map((p) => p.id)).toEqual(['only'])
  })

  it('refuses a default library that breaks the contract, writing nothing', async () => {
    const dataDir = await makeTempDir()
    const broken = {
      ...tinyDefaultLibrary(),
      backgroundNotes: [{ ...backgroundNote('bg-x'), marking: 'SECRET' }]
    } as never
    await expect(openStore({ dataDir, loadDefaultLibrary: async () => broken })).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining('library/background-notes.json')
    })
    expect(await readdir(join(dataDir, 'library'))).toEqual([])
    expect(await readdir(join(dataDir, 'briefs'))).toEqual([])
    expect(await readdir(dataDir)).not.toContain('packages.json')
  })
})
