import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LibraryIndex } from '../../../../src/main/core/library/library-index'
import { LibrarySearch } from '../../../../src/main/core/search'
import type { IndexedItem } from '../../../../src/main/core/search'
import { readingSavedSearch } from '../../../../src/main/core/search/saved-search'
import { Postings } from '../../../../src/main/core/search/postings'
import { Vocabulary } from '../../../../src/main/core/search/vocabulary'
import type { Steps } from '../../../../src/main/core/search/steps'
import { syntheticLibrary } from '../../../../bench/synthetic-library'
import type { SyntheticLibrary } from '../../../../bench/synthetic-library'
import type { Store } from '../../../../src/main/store'
import { LIBRARY_KINDS } from '../../../../src/shared/entities'
import type { LibraryItem, LibraryKind } from '../../../../src/shared/entities'
import { pick } from '../../../../src/shared/languages'
import { openTestApiAndStore, tempDataDir } from '../api/test-api'

let dataDir: { dir: string; remove: () => Promise<void> }
let store: Store

beforeEach(async () => {
  dataDir = await tempDataDir()
  store = (await openTestApiAndStore(dataDir.dir)).store
})
afterEach(async () => {
  vi.restoreAllMocks()
  await dataDir.remove()
})

const ids = (index: LibraryIndex, words: string): string[] =>
  index
    .query(words, () => true, ['keyMessage', 'irritant', 'partner', 'backgroundNote'], { limit: 1000 })
    .hits.map((hit) => hit.id)

/** A store in memory, as far as the index reads one: these items, and a saved index. */
function storeOf(library: SyntheticLibrary): Store {
  const lists: Record<LibraryKind, LibraryItem[]> = {
    partner: library.partners,
    keyMessage: library.keyMessages,
    irritant: library.irritants,
    backgroundNote: library.backgroundNotes
  }
  const byKey = new Map(LIBRARY_KINDS.flatMap((kind) => lists[kind].map((item) => [`${kind}:${item.id}`, item])))
  let saved: Buffer | null = null
  const fake = {
    library: { list: (kind: LibraryKind) => lists[kind], get: (kind: LibraryKind, id: string) => byKey.get(`${kind}:${id}`) },
    searchIndex: {
      read: async () => saved,
      write: async (make: () => Buffer) => {
        saved = make()
      }
    }
  }
  return fake as unknown as Store
}

/** How many steps work in steps takes, run at once. */
function countSteps(steps: Steps<unknown>): number {
  let count = 0
  while (steps.next().done !== true) count += 1
  return count
}

/** Lets the event loop run `turns` of the build's slices, as it would between requests. */
async function runSlices(turns: number): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setImmediate(resolve))
}

/**
 * A clock that moves 10 ms per reading, so each 8 ms slice runs one step: one item of a build,
 * a thousand words or items of a read back.
 */
function oneStepPerSlice(): void {
  let clock = 0
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10))
}

/**
 * Warms `index`, the clock moving 10 ms a reading, and after `turnsBefore` turns has a search wait
 * for it (ready). The wait is not over one turn later: the process is free between slices (work at
 * 20,000 items takes seconds). It is over within `turnsAfter`: five steps or so a 50 ms slice, not
 * one an 8 ms slice.
 */
async function waitedForInLongerSlices(index: LibraryIndex, turnsBefore: number, turnsAfter: number): Promise<void> {
  oneStepPerSlice()
  index.warm()
  await runSlices(turnsBefore)
  let done = false
  void index.ready().then(() => (done = true))
  await runSlices(1)
  expect(done).toBe(false)
  await runSlices(turnsAfter)
  expect(done).toBe(true)
}

describe('the search index built in slices', () => {
  it('finds what a build in one go finds, and takes edits made while it was being built', async () => {
    const expected = ids(new LibraryIndex(store), 'migration asylum')
    expect(expected.length).toBeGreaterThan(3)

    oneStepPerSlice()
    const warmed = new LibraryIndex(store)
    warmed.warm()
    await runSlices(3)
    // The first two partners are in the index by now. An edit and a deletion, each
    // told to the index as the library service tells it.
    const [first, second] = store.library.list('partner')
    if (!first || !second) throw new Error('The default library has partners')
    const renamed = { ...first, name: { en: 'Zanzibar', fr: 'Zanzibar' } }
    await store.library.put('partner', renamed)
    warmed.upsert('partner', renamed)
    await store.library.remove('partner', second.id)
    warmed.remove('partner', second.id)
    await runSlices(store.library.list('partner').length + 500)

    expect(ids(warmed, 'zanzibar')).toEqual([first.id])
    // The index built in one go read the library before the changes; the rest is the same.
    const unchanged = (found: string[]) => found.filter((id) => id !== first.id && id !== second.id)
    expect(unchanged(ids(warmed, 'migration asylum'))).toEqual(unchanged(expected))
    expect(ids(warmed, 'migration asylum')).not.toContain(second.id)
  })

  it('answers a query that arrives during the build with every item', async () => {
    const whole = ids(new LibraryIndex(store), 'visa')
    oneStepPerSlice()
    const warmed = new LibraryIndex(store)
    warmed.warm()
    await runSlices(5)
    expect(ids(warmed, 'visa')).toEqual(whole)
  })

  it('lets a search wait for the build in longer slices, other work going on between them', async () => {
    const whole = ids(new LibraryIndex(store), 'visa')
    const items = LIBRARY_KINDS.reduce((count, kind) => count + store.library.list(kind).length, 0)
    const warmed = new LibraryIndex(store)
    // A build adds one item a step.
    await waitedForInLongerSlices(warmed, 3, Math.ceil(items / 5) + 2)
    expect(ids(warmed, 'visa')).toEqual(whole)
  })

  it('readies the index in its slices: the first query after the build puts nothing in order itself', async () => {
    // Large enough for its postings to need grouping, and never saved (a save readies it too).
    const large = storeOf(syntheticLibrary(2_000, 30))
    const index = new LibraryIndex(large, Number.POSITIVE_INFINITY)
    index.warm()
    await index.ready()
    const treeMade = vi.spyOn(Vocabulary.prototype, 'makingTree')
    const grouped = vi.spyOn(Postings.prototype, 'grouping')
    const wordsSorted = vi.spyOn(Int32Array.prototype, 'sort')
    expect(ids(index, 'asylum protection').length).toBeGreaterThan(10)
    expect(treeMade).not.toHaveBeenCalled()
    expect(grouped).not.toHaveBeenCalled()
    expect(wordsSorted).not.toHaveBeenCalled()
  })
})

describe('the library in title order', () => {
  it('picks the first items as the whole sort orders them, and sorts them all after the answer', async () => {
    const notPartner = ({ kind }: { kind: LibraryKind }) => kind !== 'partner'
    for (const language of ['en', 'fr'] as const) {
      const whole = new LibraryIndex(store).inTitleOrder(language).filter(notPartner)
      expect(whole.length).toBeGreaterThan(20)
      const picking = new LibraryIndex(store)
      const sorted = vi.spyOn(picking, 'inTitleOrder')
      expect(picking.firstInTitleOrder(language, 20, notPartner)).toEqual({
        first: whole.slice(0, 20),
        total: whole.length
      })
      expect(sorted).not.toHaveBeenCalled()
      await runSlices(1)
      expect(sorted).toHaveBeenCalledTimes(1)
      // Once sorted, the pages that follow are cut from the sorted order.
      expect(picking.firstInTitleOrder(language, 40, notPartner).first).toEqual(whole.slice(0, 40))
    }
  })
})

describe('the search index saved between starts', () => {
  /** Warms an index as a start does and waits for it to be read back or built, and saved. */
  async function started(index: LibraryIndex): Promise<void> {
    index.warm()
    await index.ready()
    await runSlices(store.library.list('partner').length * 10)
    await store.flush()
  }

  it('is saved once built, and read back at the next start instead of being built again', async () => {
    const expected = ids(new LibraryIndex(store), 'migration asylum')
    await started(new LibraryIndex(store, 0))
    expect(await store.searchIndex.read()).not.toBeNull()

    const upsert = vi.spyOn(LibrarySearch.prototype, 'upsert')
    const next = new LibraryIndex(store, 0)
    next.warm()
    await next.ready()
    expect(ids(next, 'migration asylum')).toEqual(expected)
    expect(upsert).not.toHaveBeenCalled()
  })

  it('indexes what changed while it was put away', async () => {
    await started(new LibraryIndex(store, 0))
    const [partner] = store.library.list('partner')
    if (!partner) throw new Error('The default library has partners')
    const renamed = { ...partner, name: { en: 'Zanzibar', fr: 'Zanzibar' }, version: partner.version + 1 }
    await store.library.put('partner', renamed)

    const next = new LibraryIndex(store, 0)
    next.warm()
    await next.ready()
    expect(ids(next, 'zanzibar')).toEqual([partner.id])
  })

  it('takes an edit made while it is being read back, in slices', async () => {
    await started(new LibraryIndex(store, 0))
    const saved = await store.searchIndex.read()
    // The library as the index sees it, changed at once (the store's own changes wait on its queue).
    const lists = new Map<LibraryKind, LibraryItem[]>(
      LIBRARY_KINDS.map((kind) => [kind, [...store.library.list(kind)]])
    )
    const library = {
      list: (kind: LibraryKind) => lists.get(kind) ?? [],
      get: (kind: LibraryKind, id: string) => lists.get(kind)?.find((item) => item.id === id)
    }
    const seen = { library, searchIndex: { read: async () => saved, write: async () => undefined } }
    oneStepPerSlice()
    const index = new LibraryIndex(seen as unknown as Store, 0)
    index.warm()
    await runSlices(2)
    const partners = store.library.list('partner')
    const [first, second] = partners
    if (!first || !second) throw new Error('The default library has partners')
    const renamed = { ...first, name: { en: 'Zanzibar', fr: 'Zanzibar' }, version: first.version + 1 }
    lists.set('partner', [renamed, ...partners.slice(2)])
    index.upsert('partner', renamed)
    index.remove('partner', second.id)
    await index.ready()

    expect(ids(index, 'zanzibar')).toEqual([first.id])
    expect(ids(index, pick(second.name, 'en'))).not.toContain(second.id)
  })

  it('reads the rest soon when a search waits for it, and sorts titles only after', async () => {
    await started(new LibraryIndex(store, 0))
    const saved = await store.searchIndex.read()
    const seen = { library: store.library, searchIndex: { read: async () => saved, write: async () => undefined } }
    oneStepPerSlice()
    const index = new LibraryIndex(seen as unknown as Store, 0)
    const sorted = vi.spyOn(index, 'inTitleOrder')
    index.warm()
    await runSlices(3)
    // The first page's answer picks its items and leaves the sort for later: not before the read-back.
    index.firstInTitleOrder('en', 20, () => true)
    await runSlices(3)
    expect(sorted).not.toHaveBeenCalled()

    // One step a slice, the read-back has a few to go; a search waiting for it has the rest run
    // in longer slices (below), here in one.
    let read = false
    void index.ready().then(() => (read = true))
    await runSlices(2)
    expect(read).toBe(true)
    expect(ids(index, 'migration asylum')).toEqual(ids(new LibraryIndex(store), 'migration asylum'))
    await runSlices(2)
    expect(sorted).toHaveBeenCalledWith('en')
  })

  it('runs a long read-back a search waits for in longer slices, other work going on in between', async () => {
    const large = storeOf(syntheticLibrary(2_000, 30))
    const built = new LibraryIndex(large, 0)
    built.warm()
    await built.ready()
    const saved = await large.searchIndex.read()
    if (saved === null) throw new Error('The index was not saved.')
    const items = LIBRARY_KINDS.flatMap((kind) => large.library.list(kind).map((item) => ({ kind, item }) as IndexedItem))
    const steps = countSteps(readingSavedSearch(saved, items))
    expect(steps).toBeGreaterThan(20)

    const index = new LibraryIndex(large, 0)
    await waitedForInLongerSlices(index, 2, Math.ceil(steps / 4))
    expect(ids(index, 'asylum protection')).toEqual(ids(built, 'asylum protection'))
  })

  it('is built again, and saved anew, when what was saved is damaged', async () => {
    const expected = ids(new LibraryIndex(store), 'visa')
    await store.searchIndex.write(() => Buffer.from('a damaged index'))
    const index = new LibraryIndex(store, 0)
    await started(index)
    expect(ids(index, 'visa')).toEqual(expected)
    const saved = await store.searchIndex.read()
    expect(saved?.toString()).not.toBe('a damaged index')
    expect(ids(await readBack(), 'visa')).toEqual(expected)
  })

  it('stops, and is never saved, once the store is put away (a lock), even with its write queued', async () => {
    oneStepPerSlice()
    const building = new LibraryIndex(store, 0)
    building.warm()
    await building.ready()
    await runSlices(3)
    const upsert = vi.spyOn(LibrarySearch.prototype, 'upsert')
    building.close()
    await runSlices(store.library.list('partner').length * 10)
    expect(upsert).not.toHaveBeenCalled()

    // Built, its save queued (the write waits a turn of the event loop), then closed at once.
    const built = new LibraryIndex(store, 0)
    built.warm()
    await built.ready()
    ids(built, 'visa')
    built.close()
    await store.flush()
    expect(await store.searchIndex.read()).toBeNull()
  })

  it('is not saved for a library small enough to index in a blink', async () => {
    await started(new LibraryIndex(store))
    expect(await store.searchIndex.read()).toBeNull()
  })

  /** A new index on the same store, read back from what was saved. */
  async function readBack(): Promise<LibraryIndex> {
    const index = new LibraryIndex(store, 0)
    index.warm()
    await index.ready()
    return index
  }
})
