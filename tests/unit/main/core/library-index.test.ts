import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LibraryIndex } from '../../../../src/main/core/library/library-index'
import type { Store } from '../../../../src/main/store'
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

/** Lets the event loop run `turns` of the build's slices, as it would between requests. */
async function runSlices(turns: number): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setImmediate(resolve))
}

/** A clock that moves 5 ms per reading, so each 8 ms slice of the build adds one item. */
function oneItemPerSlice(): void {
  let clock = 0
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5))
}

describe('the search index built in slices', () => {
  it('finds what a build in one go finds, and takes edits made while it was being built', async () => {
    const expected = ids(new LibraryIndex(store), 'migration asylum')
    expect(expected.length).toBeGreaterThan(3)

    oneItemPerSlice()
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
    oneItemPerSlice()
    const warmed = new LibraryIndex(store)
    warmed.warm()
    await runSlices(5)
    expect(ids(warmed, 'visa')).toEqual(whole)
  })
})
