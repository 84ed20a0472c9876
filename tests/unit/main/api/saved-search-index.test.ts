import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LibrarySearch } from '../../../../src/main/core/search'
import { createApi, briefTemplatesIn } from '../../../../src/main/api'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { openStore, releaseDataLock } from '../../../../src/main/store'
import type { Store } from '../../../../src/main/store'
import { SEARCH_INDEX_FILE } from '../../../../src/main/store/search-index-file'
import { syntheticLibrary } from '../../../../bench/synthetic-library'
import { NOW, value } from './test-api'

// A library large enough to have its search index saved (2,000 items and more), opened twice as
// two starts of the app: the second reads the index back, and answers as the first did.

const RESOURCES = join(process.cwd(), 'resources')
let dataDir: string

afterEach(async () => {
  vi.restoreAllMocks()
  await rm(dataDir, { recursive: true, force: true, maxRetries: 3 })
})

async function start(): Promise<{ api: ReturnType<typeof createApi>; store: Store }> {
  const library = { schemaVersion: 1, ...syntheticLibrary(2_100, 30), briefs: [], packages: [] }
  const store = await openStore({ dataDir, loadDefaultLibrary: async () => library })
  const templates = briefTemplatesIn(RESOURCES)
  return { api: createApi({ store, log: createMemoryLogger(), templates, now: () => NOW }), store }
}

async function stop(store: Store): Promise<void> {
  await store.flush()
  await releaseDataLock(dataDir)
}

const search = (api: ReturnType<typeof createApi>, query: string) =>
  api['library.search']({ query, limit: 20 }).then((answer) => {
    const found = value(answer)
    return { total: found.total, ids: found.hits.map((hit) => hit.item.id) }
  })

describe('the search index saved between starts', () => {
  it('is read back at the next start, answers as the first start did, and finds what changed in between', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-saved-index-'))
    const first = await start()
    value(await first.api['app.status']({}))
    const asked = await search(first.api, 'asylum protection')
    expect(asked.total).toBeGreaterThan(20)
    // The index the first search finished building is saved before the store is put away.
    await stop(first.store)
    expect(existsSync(join(dataDir, SEARCH_INDEX_FILE))).toBe(true)

    const second = await start()
    const item = second.store.library.list('keyMessage')[0]
    if (!item) throw new Error('The synthetic library has key messages.')
    value(
      await second.api['library.save']({
        kind: 'keyMessage',
        item: { ...item, title: { en: 'Okapi corridors', fr: 'Corridors des okapis' } },
        expectedVersion: item.version
      })
    )
    await stop(second.store)

    const indexed = vi.spyOn(LibrarySearch.prototype, 'upsert')
    const third = await start()
    value(await third.api['app.status']({}))
    expect(await search(third.api, 'okapi')).toEqual({ total: 1, ids: [item.id] })
    // Read back, with the one item changed since indexed again: a build would index all 2,100.
    expect(indexed.mock.calls.map(([entry]) => entry.item.id)).toEqual([item.id])
    const again = await search(third.api, 'asylum protection')
    expect(again.total).toBe(asked.total)
    await stop(third.store)
  })

  it('starts as if there were none when the saved index is damaged', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-saved-index-'))
    const first = await start()
    value(await first.api['app.status']({}))
    const asked = await search(first.api, 'migration')
    await stop(first.store)
    await writeFile(join(dataDir, SEARCH_INDEX_FILE), 'half an index')

    const second = await start()
    value(await second.api['app.status']({}))
    expect(await search(second.api, 'migration')).toEqual(asked)
    await stop(second.store)
  })
})
