import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { appendFile, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LIBRARY_KINDS } from '../../../src/shared/entities'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../src/main/store/index'
import { checkedMarks } from '../../../src/main/store/crypto/checked-mark'
import { LIBRARY_FILES } from '../../../src/main/store/documents'
import { SCHEMA_VERSION } from '../../../src/main/store/version'
import {
  backgroundNote,
  cleanTempDirs,
  irritant,
  keyMessage,
  makeTempDir,
  optionsFor,
  partner,
  steppingClock,
  tinyDefaultLibrary
} from './helpers'
import { readSealed, sealedFolder, writeSealed } from './sealed-folder'

afterEach(cleanTempDirs)

// `dossier export brief` opens the library 'by-id' (StoreOptions.parts): items are parsed from
// the bytes of files this computer account proved before (store/item-lookup.ts), and whatever it
// cannot vouch for is read in full, repairs and all, as any open reads it.
describe('a read-only open that looks library items up by id', () => {
  async function folder(): Promise<{ dataDir: string; options: (extra?: Partial<StoreOptions>) => StoreOptions }> {
    const dataDir = await makeTempDir()
    const cacheDir = await makeTempDir()
    const options = (extra: Partial<StoreOptions> = {}): StoreOptions => ({
      dataDir,
      checkedCache: cacheDir,
      loadDefaultLibrary: async () => tinyDefaultLibrary(),
      now: steppingClock(),
      ...extra
    })
    return { dataDir, options }
  }

  async function close(store: Store): Promise<void> {
    await store.flush()
    await releaseDataLock(store.dataDir)
  }

  /** Seeds the folder, then opens it as the app does: the second open reads every file and proves it. */
  async function proven(options: (extra?: Partial<StoreOptions>) => StoreOptions): Promise<void> {
    await close(await openStore(options()))
    await close(await openStore(options()))
  }

  const byId = { readOnly: true, parts: { library: 'by-id', briefs: ['sample-brief'] } } as const

  /** Every item the folder should answer, as the given store answers it. */
  function answers(store: Store): Record<string, unknown> {
    const ids = ['mexico', 'france', 'km-1', 'irr-1', 'irr-2', 'bg-1', 'nobody']
    return Object.fromEntries(
      LIBRARY_KINDS.flatMap((kind) => ids.map((id) => [`${kind}/${id}`, store.library.get(kind, id) ?? null]))
    )
  }

  it("answers from proven files with the journal's saves over them, and leaves the journal as it is", async () => {
    const { dataDir, options } = await folder()
    await proven(options)
    const app = await openStore(options())
    await app.library.put('irritant', { ...irritant('irr-1'), title: { en: 'Changed', fr: 'Modifié' } })
    await app.library.put('irritant', irritant('irr-2'))
    await app.library.remove('keyMessage', 'km-1')
    await close(app)
    const journal = join(dataDir, 'library', 'irritants.journal.jsonl')
    const journalBytes = async () => (existsSync(journal) ? (await stat(journal)).size : 0)
    expect(await journalBytes()).toBeGreaterThan(0)

    const store = await openStore(options(byId))
    expect(store.library.get('irritant', 'irr-1')?.title).toEqual({ en: 'Changed', fr: 'Modifié' })
    expect(store.library.get('irritant', 'irr-2')).toEqual(irritant('irr-2'))
    expect(store.library.get('keyMessage', 'km-1')).toBeUndefined()
    expect(store.library.get('partner', 'mexico')).toEqual(partner('mexico', 'Mexico'))
    expect(store.library.get('partner', 'atlantis')).toBeUndefined()
    expect(() => store.library.list('partner')).toThrow(/not read/)
    expect(store.briefs.get('sample-brief')?.id).toBe('sample-brief')
    const looked = answers(store)
    await close(store)
    expect(await journalBytes()).toBeGreaterThan(0)

    // A full read-only read replays the journal in memory and leaves it; so does an open that
    // saves, while the journal is sound and below its limit; one at its limit folds it in.
    const full = await openStore(options({ readOnly: true }))
    expect(answers(full)).toEqual(looked)
    await close(full)
    expect(await journalBytes()).toBeGreaterThan(0)
    const app2 = await openStore(options())
    expect(answers(app2)).toEqual(looked)
    await close(app2)
    expect(await journalBytes()).toBeGreaterThan(0)
    expect(answers(await openStore(options(byId)))).toEqual(looked)
    await releaseDataLock(dataDir)
    const app3 = await openStore(options({ journalLimit: 2 }))
    expect(answers(app3)).toEqual(looked)
    await close(app3)
    expect(await journalBytes()).toBe(0)
  })

  it('reads in full a file whose bytes it has not seen pass, and never answers an item that fails its schema', async () => {
    const { dataDir, options } = await folder()
    await proven(options)
    // Changed by hand after its check, in Dossier's very layout: the item no longer passes.
    const file = join(dataDir, 'library', 'irritants.json')
    const text = await readFile(file, 'utf8')
    expect(text).toContain('"status": "draft"')
    await writeFile(file, text.replace('"status": "draft"', '"status": "whatever"'))

    const store = await openStore(options(byId))
    // The full read found the file damaged and restored it from its second copy.
    expect(store.library.get('irritant', 'irr-1')?.status).toBe('draft')
    expect(store.notices.map((notice) => notice.code)).toContain('restored-from-copy')
    expect(() => store.library.list('irritant')).toThrow(/not read/)
    await close(store)
  })

  it("never answers a journal's save that fails its schema", async () => {
    const { dataDir, options } = await folder()
    await proven(options)
    const line = `${JSON.stringify({ op: 'put', item: { ...irritant('irr-1'), status: 'whatever' } })}\n`
    await appendFile(join(dataDir, 'library', 'irritants.journal.jsonl'), line)

    const store = await openStore(options(byId))
    expect(store.library.get('irritant', 'irr-1')).toEqual(irritant('irr-1'))
    await close(store)
    // A read-only open leaves the journal as it is; the open that folds it in says what was lost.
    const app = await openStore(options())
    expect(app.library.get('irritant', 'irr-1')).toEqual(irritant('irr-1'))
    expect(app.notices.map((notice) => notice.code)).toContain('journal-damaged')
    await close(app)
  })

  it('does not take a folder whose other collections are gone for a new one', async () => {
    const { dataDir, options } = await folder()
    await proven(options)
    for (const name of ['key-messages', 'irritants', 'background-notes'])
      for (const suffix of ['.json', '.json.copy']) await rm(join(dataDir, 'library', `${name}${suffix}`))

    const store = await openStore(options(byId))
    expect(store.library.get('partner', 'mexico')).toEqual(partner('mexico', 'Mexico'))
    expect(store.library.get('irritant', 'irr-1')).toBeUndefined()
    expect(store.notices.map((notice) => notice.code)).not.toContain('default-library-installed')
    await close(store)
    expect(existsSync(join(dataDir, 'library', 'irritants.json'))).toBe(false)
  })

  it('reads a folder never proved in full, and refuses the whole list all the same', async () => {
    const { options } = await folder()
    await close(await openStore(options({ checkedCache: undefined })))
    const store = await openStore(options({ ...byId, checkedCache: undefined }))
    expect(store.library.get('partner', 'france')).toEqual(partner('france', 'France'))
    expect(() => store.library.list('partner')).toThrow(/not read/)
    await close(store)
  })

  it('answers an encrypted folder from its marked files, and reads in full a file without a good mark', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const options = (extra: Partial<StoreOptions> = {}) => optionsFor(dataDir, { dataKey, ...extra })
    const app = await openStore(options())
    await app.library.put('irritant', { ...irritant('irr-1'), title: { en: 'Changed', fr: 'Modifié' } })
    await app.library.put('keyMessage', keyMessage('km-2'))
    await app.library.put('backgroundNote', backgroundNote('bg-2'))
    await close(app)
    const journalOf = (name: string) => join(dataDir, 'library', `${name}.journal.jsonl`)
    const journalBytes = async (name: string) => (existsSync(journalOf(name)) ? (await stat(journalOf(name))).size : 0)
    // The key messages' file sealed again as it is, without its mark: only a full read may trust it.
    const { checked: _mark, ...unmarked } = await readSealed(dataDir, dataKey, LIBRARY_FILES.keyMessage)
    await writeSealed(dataDir, dataKey, LIBRARY_FILES.keyMessage, unmarked)
    // The background notes' file with a mark made by another key.
    const notes = await readSealed(dataDir, dataKey, LIBRARY_FILES.backgroundNote)
    const forged = checkedMarks(randomBytes(32)).make(LIBRARY_FILES.backgroundNote, SCHEMA_VERSION, 'any schema')
    await writeSealed(dataDir, dataKey, LIBRARY_FILES.backgroundNote, { ...notes, checked: forged })

    const store = await openStore(options(byId))
    expect(store.library.get('irritant', 'irr-1')?.title).toEqual({ en: 'Changed', fr: 'Modifié' })
    expect(store.library.get('keyMessage', 'km-2')).toEqual(keyMessage('km-2'))
    expect(store.library.get('partner', 'france')).toEqual(partner('france', 'France'))
    expect(() => store.library.list('irritant')).toThrow(/not read/)
    const looked = answers(store)
    await close(store)
    // The irritants were looked up in their marked file; the key messages and the background
    // notes were read in full, their journals replayed in memory and left as they were.
    for (const name of ['irritants', 'key-messages', 'background-notes'])
      expect(await journalBytes(name)).toBeGreaterThan(0)

    const full = await openStore(options({ readOnly: true }))
    expect(answers(full)).toEqual(looked)
    await close(full)
  })
})
