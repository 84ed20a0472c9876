import { readdir, readFile, writeFile } from 'node:fs/promises'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, releaseDataLock, SCHEMA_VERSION, StoreError } from '../../../src/main/store/index'
import {
  backgroundNote,
  brief,
  cleanTempDirs,
  irritant,
  keyMessage,
  makeTempDir,
  optionsFor,
  partner,
  pkg,
  steppingClock
} from './helpers'

afterEach(cleanTempDirs)

async function freshFolder() {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock() })
  return { dataDir, options, store: await openStore(options) }
}

describe('store roundtrip', () => {
  it('keeps library items of every kind across a reopen, in stored order', async () => {
    const { options, store } = await freshFolder()
    await store.library.put('partner', partner('mexico', 'Mexico'))
    await store.library.put('partner', partner('chile', 'Chile'))
    await store.library.put('keyMessage', keyMessage('km-1'))
    await store.library.put('irritant', irritant('irr-1'))
    await store.library.put('backgroundNote', backgroundNote('bg-1'))
    await store.library.put('partner', { ...partner('mexico', 'Mexico'), version: 2 })

    const reopened = await openStore(options)
    expect(reopened.library.list('partner').map((p) => [p.id, p.version])).toEqual([
      ['mexico', 2],
      ['chile', 1]
    ])
    expect(reopened.library.get('keyMessage', 'km-1')).toEqual(keyMessage('km-1'))
    expect(reopened.library.get('irritant', 'irr-1')).toEqual(irritant('irr-1'))
    expect(reopened.library.get('backgroundNote', 'bg-1')).toEqual(backgroundNote('bg-1'))

    await reopened.library.remove('partner', 'mexico')
    await reopened.library.remove('irritant', 'irr-1')
    const third = await openStore(options)
    expect(third.library.list('partner').map((p) => p.id)).toEqual(['chile'])
    expect(third.library.get('irritant', 'irr-1')).toBeUndefined()
  })

  it('keeps briefs in one file each and packages and settings across a reopen', async () => {
    const { dataDir, options, store } = await freshFolder()
    await store.briefs.put(brief('mexico-2026', 'Mexico visit'))
    await store.briefs.put(brief('chile-2026'))
    await store.packages.put(pkg('trip', ['mexico-2026', 'chile-2026']))
    expect(await store.settings.update({ author: 'J. Tremblay' })).toEqual({
      ...DEFAULT_SETTINGS,
      author: 'J. Tremblay'
    })
    await store.settings.update({ uiLanguage: 'fr', idleLockMinutes: 5, office: 'Asylum Policy', welcomed: true })
    await store.settings.update({ defaultMarking: 'PROTECTED A', defaultBriefLanguage: 'bilingual' })
    expect((await readdir(join(dataDir, 'briefs'))).sort()).toEqual([
      'chile-2026.json',
      'chile-2026.json.copy',
      'mexico-2026.json',
      'mexico-2026.json.copy'
    ])

    const reopened = await openStore(options)
    expect(reopened.briefs.get('mexico-2026')?.title.en).toBe('Mexico visit')
    expect(reopened.briefs.list().map((b) => b.id)).toEqual(['chile-2026', 'mexico-2026'])
    expect(reopened.packages.list()).toEqual([pkg('trip', ['mexico-2026', 'chile-2026'])])
    expect(reopened.settings.get()).toEqual({
      uiLanguage: 'fr',
      author: 'J. Tremblay',
      idleLockMinutes: 5,
      office: 'Asylum Policy',
      defaultMarking: 'PROTECTED A',
      defaultBriefLanguage: 'bilingual',
      welcomed: true
    })

    await reopened.briefs.remove('chile-2026')
    await reopened.packages.remove('trip')
    expect((await readdir(join(dataDir, 'briefs'))).sort()).toEqual(['mexico-2026.json', 'mexico-2026.json.copy'])
    const third = await openStore(options)
    expect(third.briefs.list().map((b) => b.id)).toEqual(['mexico-2026'])
    expect(third.packages.list()).toEqual([])
  })

  it('reads a settings file saved before office, brief defaults and the first-start step with their defaults', async () => {
    const { dataDir, options, store } = await freshFolder()
    await store.flush()
    await releaseDataLock(dataDir)
    const settings = { uiLanguage: 'en', author: 'B. Singh', idleLockMinutes: 30 }
    const older = `${JSON.stringify({ schemaVersion: 1, settings })}\n`
    for (const name of ['settings.json', 'settings.json.copy']) await writeFile(join(dataDir, name), older)
    const reopened = await openStore(options)
    expect(reopened.settings.get()).toEqual({
      ...settings,
      office: '',
      defaultMarking: 'UNCLASSIFIED',
      defaultBriefLanguage: 'en',
      welcomed: false
    })
    expect(reopened.notices).toEqual([])
    // A default marking is a marking: nothing above PROTECTED B is taken.
    await expect(reopened.settings.update({ defaultMarking: 'SECRET' as never })).rejects.toMatchObject({
      code: 'invalid-input'
    })
    expect(reopened.settings.get().defaultMarking).toBe('UNCLASSIFIED')
  })

  it('reads a settings file saved before the idle-lock choice existed with its default, and keeps the rest', async () => {
    const { dataDir, options, store } = await freshFolder()
    await store.flush()
    await releaseDataLock(dataDir)
    const older = `${JSON.stringify({ schemaVersion: 1, settings: { uiLanguage: 'fr', author: 'A' } })}\n`
    for (const name of ['settings.json', 'settings.json.copy']) await writeFile(join(dataDir, name), older)
    const reopened = await openStore(options)
    // A new brief started in the interface language then, and still does.
    expect(reopened.settings.get()).toEqual({
      ...DEFAULT_SETTINGS,
      uiLanguage: 'fr',
      author: 'A',
      defaultBriefLanguage: 'fr'
    })
    expect(reopened.notices).toEqual([])
    await expect(reopened.settings.update({ idleLockMinutes: 7 as never })).rejects.toMatchObject({
      code: 'invalid-input'
    })
  })

  it('writes each file with its schemaVersion in the agreed layout', async () => {
    const { dataDir, options, store } = await freshFolder()
    await store.library.put('partner', partner('mexico'))
    await store.briefs.put(brief('b-1'))
    await store.settings.update({ author: 'A' })
    // A library save goes to the collection's journal; an open that finds it at its limit folds it into the file.
    await openStore({ ...options, journalLimit: 1 })
    const read = async (path: string) => JSON.parse(await readFile(join(dataDir, path), 'utf8'))
    expect(await read('library/partners.json')).toEqual({ schemaVersion: SCHEMA_VERSION, items: [partner('mexico')] })
    expect(await read('briefs/b-1.json')).toEqual({ schemaVersion: SCHEMA_VERSION, brief: brief('b-1') })
    expect(await read('settings.json')).toEqual({
      schemaVersion: SCHEMA_VERSION,
      settings: { ...DEFAULT_SETTINGS, author: 'A' }
    })
    expect(await read('packages.json')).toEqual({ schemaVersion: SCHEMA_VERSION, items: [] })
    // Every data file and journal has its second copy beside it.
    expect((await readdir(join(dataDir, 'library'))).sort()).toEqual([
      'background-notes.json',
      'background-notes.json.copy',
      'irritants.json',
      'irritants.json.copy',
      'key-messages.json',
      'key-messages.json.copy',
      'partners.journal.jsonl',
      'partners.journal.jsonl.copy',
      'partners.json',
      'partners.json.copy'
    ])
    expect(await readFile(join(dataDir, 'library', 'partners.json.copy'), 'utf8')).toBe(
      await readFile(join(dataDir, 'library', 'partners.json'), 'utf8')
    )
    expect(await readFile(join(dataDir, 'library', 'partners.journal.jsonl'), 'utf8')).toBe('')
  })

  it('never loses one of 50 concurrent puts to the same file', async () => {
    const { options, store } = await freshFolder()
    const ids = Array.from({ length: 50 }, (_, n) => `partner-${n}`)
    await Promise.all(ids.map((id) => store.library.put('partner', partner(id))))
    await Promise.all(
      ids.map((id, n) => store.briefs.put({ ...brief('busy-brief'), objectives: { en: `edit ${n}`, fr: '' } }))
    )

    const reopened = await openStore(options)
    expect(reopened.library.list('partner').map((p) => p.id)).toEqual(ids)
    expect(reopened.briefs.get('busy-brief')?.objectives.en).toBe('edit 49')
  })

  it('has every put on disk once flush resolves, without awaiting the puts', async () => {
    const { options, store } = await freshFolder()
    void store.library.put('keyMessage', keyMessage('km-a'))
    void store.library.put('keyMessage', keyMessage('km-b'))
    void store.library.remove('keyMessage', 'km-a')
    await store.flush()
    expect((await openStore(options)).library.list('keyMessage').map((k) => k.id)).toEqual(['km-b'])
  })

  it('refuses an invalid item before it reaches the disk', async () => {
    const { options, store } = await freshFolder()
    const secret = { ...partner('x'), marking: 'SECRET' } as unknown as ReturnType<typeof partner>
    await expect(store.library.put('partner', secret)).rejects.toMatchObject({ code: 'invalid-input' })
    await expect(store.briefs.put({ ...brief('ok'), id: '../escape' })).rejects.toBeInstanceOf(StoreError)
    expect((await openStore(options)).library.list('partner')).toEqual([])
  })

  it('stores the parsed item, with markings normalized by the contract', async () => {
    const { store } = await freshFolder()
    await store.library.put('partner', { ...partner('mexico'), marking: ' protected a ' } as unknown as ReturnType<
      typeof partner
    >)
    expect(store.library.get('partner', 'mexico')?.marking).toBe('PROTECTED A')
  })
})
