import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LIBRARY_KINDS, librarySchemas } from '../../../src/shared/entities'
import type { KeyMessage } from '../../../src/shared/entities'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../src/main/store/index'
import { LIBRARY_FILES } from '../../../src/main/store/documents'
import { itemSlices, compactItemSlices } from '../../../src/main/store/item-slices'
import { serializeDocument } from '../../../src/main/store/json-file-adapter'
import { holdsEarlierVersions, itemsWithLazyHistory } from '../../../src/main/store/lazy-history'
import { SCHEMA_VERSION } from '../../../src/main/store/version'
import {
  backgroundNote,
  cleanTempDirs,
  irritant,
  keyMessage,
  largeKeyMessages,
  makeTempDir,
  partner,
  steppingClock,
  tinyDefaultLibrary
} from './helpers'
import { readSealed, sealedFolder, writeSealed } from './sealed-folder'
import { openFile } from '../../../src/main/store/crypto/envelope'

afterEach(cleanTempDirs)

/** A key message at version `versions`, with every earlier one in its history, as saves leave it. */
function aged(id: string, versions: number, words = 'Say this.'): KeyMessage {
  const { history: _history, ...content } = keyMessage(id)
  const version = (n: number) => ({ ...content, version: n, text: { en: `${words} (${n})`, fr: `Dites ceci. (${n})` } })
  return { ...version(versions), history: Array.from({ length: versions - 1 }, (_, index) => version(index + 1)) }
}

/** The 300 large key messages (past 256 KB, so a rewritten file is remembered as proven), each edited once. */
function largeEditedOnce(): KeyMessage[] {
  return largeKeyMessages().map(({ history: _history, ...content }) => ({
    ...content,
    version: 2,
    history: [{ ...content, version: 1 }]
  }))
}

const items = [aged('old-1', 3), aged('old-2', 1), aged('old-3', 2, 'Quote: "<&>" \\ é 🇨🇦 ,"history":[')]
const document = { schemaVersion: SCHEMA_VERSION, items }

describe('items read with their histories left for later', () => {
  // A proven plain file is exactly what the store writes for values the schema gave, so its
  // layout follows the schema's order: the indented reading counts on history coming last.
  it('relies on a schema that gives every kind with its history as the last key', () => {
    const samples = {
      partner: partner('p-1'),
      keyMessage: aged('km-1', 2),
      irritant: irritant('i-1'),
      backgroundNote: backgroundNote('b-1')
    }
    for (const kind of LIBRARY_KINDS) {
      const { history, ...rest } = samples[kind]
      const parsed = librarySchemas[kind].parse({ history, ...rest }) as object
      expect(Object.keys(parsed).at(-1), kind).toBe('history')
    }
  })

  it('gives, from an indented file, the very items a whole parse gives', () => {
    const text = Buffer.from(serializeDocument(document))
    const read = itemsWithLazyHistory(text, itemSlices(text, SCHEMA_VERSION)!.values(), 'indented')
    expect(read).toEqual(items)
    expect(JSON.stringify(read)).toBe(JSON.stringify(items))
    expect(structuredClone(read)).toEqual(items)
  })

  it('gives, from a sealed file’s one-line text, the very items a whole parse gives', () => {
    const text = Buffer.from(JSON.stringify(document))
    const read = itemsWithLazyHistory(text, compactItemSlices(text, SCHEMA_VERSION)!.slices.values(), 'compact')
    expect(read).toEqual(items)
    expect(JSON.stringify(read)).toBe(JSON.stringify(items))
  })

  it('parses a history only when it is read', () => {
    // Damage inside the first item's history, which a whole parse would choke on at once.
    const text = Buffer.from(serializeDocument(document).replace('"en": "Say this. (1)"', '"en": "Say this. (1)" ]]'))
    const read = itemsWithLazyHistory<KeyMessage>(text, itemSlices(text, SCHEMA_VERSION)!.values(), 'indented')!
    expect(read[0]!.text.en).toBe('Say this. (3)')
    expect(read[1]!.history).toEqual([])
    expect(() => read[0]!.history).toThrow(SyntaxError)
  })

  it('keeps a history set on the item, as a plain property would, even one set to nothing', () => {
    const text = Buffer.from(serializeDocument(document))
    const [first, , third] = itemsWithLazyHistory<KeyMessage>(
      text,
      itemSlices(text, SCHEMA_VERSION)!.values(),
      'indented'
    )!
    first!.history = []
    expect(first!.history).toEqual([])
    ;(third as { history?: unknown }).history = undefined
    expect((third as { history?: unknown }).history).toBeUndefined()
  })

  it('tells a file with no earlier version at all without reading its items', () => {
    const never = { schemaVersion: SCHEMA_VERSION, items: largeKeyMessages() }
    expect(holdsEarlierVersions(Buffer.from(serializeDocument(never)), 'indented')).toBe(false)
    expect(holdsEarlierVersions(Buffer.from(JSON.stringify(never)), 'compact')).toBe(false)
    expect(holdsEarlierVersions(Buffer.from(serializeDocument(document)), 'indented')).toBe(true)
    expect(holdsEarlierVersions(Buffer.from(JSON.stringify(document)), 'compact')).toBe(true)
  })

  it('parses whole a file whose earlier versions are too few to be worth leaving', () => {
    const never = { schemaVersion: SCHEMA_VERSION, items: [...largeKeyMessages(), items[0]] }
    const text = Buffer.from(serializeDocument(never))
    expect(itemsWithLazyHistory(text, itemSlices(text, SCHEMA_VERSION)!.values(), 'indented')).toBeNull()
  })

  it('declines an item whose history is not its last key, so the file is parsed whole', () => {
    // First, or between the id and the title (whose list of partners then ends the item, as a
    // history would).
    const first = items.map(({ history, ...rest }) => ({ history, ...rest }))
    const between = items.map(({ history, id, ...rest }) => ({ id, history, ...rest }))
    for (const moved of [first, between]) {
      const document = { schemaVersion: SCHEMA_VERSION, items: moved }
      const indented = Buffer.from(serializeDocument(document))
      expect(itemsWithLazyHistory(indented, itemSlices(indented, SCHEMA_VERSION)!.values(), 'indented')).toBeNull()
      const compact = Buffer.from(JSON.stringify(document))
      const slices = compactItemSlices(compact, SCHEMA_VERSION)!.slices.values()
      expect(itemsWithLazyHistory(compact, slices, 'compact')).toBeNull()
    }
    const without = { schemaVersion: SCHEMA_VERSION, items: items.map(({ history: _h, ...rest }) => rest) }
    const bare = Buffer.from(serializeDocument(without))
    expect(itemsWithLazyHistory(bare, itemSlices(bare, SCHEMA_VERSION)!.values(), 'indented')).toBeNull()
  })
})

// The store opens a collection file this account proved (or a sealed one its mark vouches for)
// with histories left unparsed: every item, its history included, must read as saved, and every
// later save, fold and reopen must keep every earlier version.
describe('a store opening a library kept for a while', () => {
  async function close(store: Store): Promise<void> {
    await store.flush()
    await releaseDataLock(store.dataDir)
  }

  async function plainFolder(): Promise<(extra?: Partial<StoreOptions>) => StoreOptions> {
    const dataDir = await makeTempDir()
    const checkedCache = await makeTempDir()
    return (extra = {}) => ({
      dataDir,
      checkedCache,
      // Large enough (past 256 KB) for a rewritten file to be remembered as proven when written.
      loadDefaultLibrary: async () => ({ ...tinyDefaultLibrary(), keyMessages: [...items, ...largeEditedOnce()] }),
      now: steppingClock(),
      ...extra
    })
  }

  async function sealed(): Promise<(extra?: Partial<StoreOptions>) => StoreOptions> {
    const { dataDir, dataKey } = await sealedFolder()
    return (extra = {}) => ({
      dataDir,
      dataKey,
      loadDefaultLibrary: async () => tinyDefaultLibrary(),
      now: steppingClock(),
      ...extra
    })
  }

  /** Saves an edit of old-1 as the library service would: its current version joins its history. */
  async function edit(store: Store, words: string): Promise<void> {
    const current = store.library.get('keyMessage', 'old-1')!
    const { history, ...content } = current
    await store.library.put('keyMessage', {
      ...content,
      version: current.version + 1,
      text: { en: words, fr: words },
      history: [...history, content]
    })
  }

  for (const [name, make] of [
    ['plain', plainFolder],
    ['sealed', sealed]
  ] as const) {
    it(`reads every earlier version back, through a save, a kept journal, a fold at open and reopens (${name})`, async () => {
      const options = await make()
      if (name === 'sealed') {
        const seed = await openStore(options())
        for (const item of [...items, ...largeEditedOnce()]) await seed.library.put('keyMessage', item)
        await close(seed)
        // Folded into the file at an open that finds the journal at its limit.
        await close(await openStore(options({ journalLimit: 1 })))
      }
      // An open proves the plain files (seeded by the one before); the next reads them with
      // histories left for later.
      await close(await openStore(options()))
      await close(await openStore(options()))
      let store = await openStore(options())
      // Left for later: read through a getter, not parsed with the file.
      const unparsed = (id: string) => Object.getOwnPropertyDescriptor(store.library.get('keyMessage', id), 'history')
      expect(unparsed('old-1')?.get).toBeTypeOf('function')
      for (const item of items) expect(store.library.get('keyMessage', item.id)).toEqual(item)
      await edit(store, 'Fourth')
      await close(store)

      // The save is kept in the journal at this open, over items read with their histories left for later.
      store = await openStore(options())
      expect(unparsed('old-3')?.get).toBeTypeOf('function')
      expect(store.library.get('keyMessage', 'old-1')?.history).toHaveLength(3)
      await close(store)
      // At its limit, the journal is folded into the file at open: the file is rewritten from lazy items.
      store = await openStore(options({ journalLimit: 1 }))
      const old1 = store.library.get('keyMessage', 'old-1')!
      expect(old1.version).toBe(4)
      expect(old1.history.map((version) => version.text.en)).toEqual([
        'Say this. (1)',
        'Say this. (2)',
        'Say this. (3)'
      ])
      expect(store.library.get('keyMessage', 'old-3')).toEqual(items[2])
      await close(store)

      const role = LIBRARY_FILES.keyMessage
      const onDisk =
        name === 'sealed'
          ? await readSealed(options().dataDir, options().dataKey!, role)
          : (JSON.parse(await readFile(join(options().dataDir, role), 'utf8')) as Record<string, unknown>)
      const saved = (onDisk.items as KeyMessage[]).find((item) => item.id === 'old-1')!
      expect(saved.history).toHaveLength(3)
      store = await openStore(options())
      expect(unparsed('old-1')?.get).toBeTypeOf('function')
      expect(store.library.get('keyMessage', 'old-1')).toEqual(old1)
      await close(store)
    })
  }

  it('writes a sealed file of the one-line layout again, once, with an item per line', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const options = { dataDir, dataKey, loadDefaultLibrary: async () => tinyDefaultLibrary(), now: steppingClock() }
    const role = LIBRARY_FILES.partner
    const text = async () => openFile(dataKey, role, await readFile(join(dataDir, role)))
    // As a Dossier before this layout wrote it: the whole document on one line, with its mark.
    const before = await readSealed(dataDir, dataKey, role)
    await writeSealed(dataDir, dataKey, role, before)
    expect(await text()).toMatch(/^\{"schemaVersion":\d+,"items":\[\{/)

    const store = await openStore(options)
    const partners = store.library.list('partner')
    await close(store)
    expect(await text()).toMatch(/^\{"schemaVersion":\d+,"items":\[\n\{"id":/)
    expect(JSON.parse(await text())).toEqual(before)
    const bytes = await readFile(join(dataDir, role))
    const again = await openStore(options)
    expect(again.library.list('partner')).toEqual(partners)
    await close(again)
    // Written once: the next open leaves it as it is.
    expect(await readFile(join(dataDir, role))).toEqual(bytes)
  })

  it('folds the journal in when it writes a one-line file again, so the order of the items stays', async () => {
    const { dataDir, dataKey } = await sealedFolder()
    const options = { dataDir, dataKey, loadDefaultLibrary: async () => tinyDefaultLibrary(), now: steppingClock() }
    const role = LIBRARY_FILES.partner
    // A session removes Mexico and puts it back, then adds Chile: the journal holds the three.
    const first = await openStore(options)
    await first.library.remove('partner', 'mexico')
    await first.library.put('partner', partner('mexico', 'Mexico'))
    await first.library.put('partner', partner('chile', 'Chile'))
    const seen = first.library.list('partner').map((each) => each.id)
    expect(seen).toEqual(['france', 'mexico', 'chile'])
    await close(first)
    // The file as a Dossier before the one-item-per-line layout wrote it.
    await writeSealed(dataDir, dataKey, role, await readSealed(dataDir, dataKey, role))

    for (let open = 0; open < 2; open += 1) {
      const store = await openStore(options)
      expect(store.library.list('partner').map((each) => each.id)).toEqual(seen)
      await close(store)
    }
    expect(await readFile(join(dataDir, 'library', 'partners.journal.jsonl'), 'utf8')).toBe('')
  })
})
