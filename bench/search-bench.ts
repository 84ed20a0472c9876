import { LibrarySearch } from '../src/main/core/search'
import type { IndexedItem } from '../src/main/core/search'
import { summarize, timeRuns } from './measure'
import type { Figure } from './measure'
import { syntheticLibrary } from './synthetic-library'

// Search figures on the same 20,000-item library as the store figures. Queries are what an
// officer types: one word, two words, a prefix, a typo, French without its accents.

const QUERIES = [
  'migration',
  'asile',
  'visa processing',
  'traitement des visas',
  'refugees resettlement',
  'migr',
  'réinst',
  'coop',
  'refugess',
  'procesing',
  'cooperaton',
  'refugies',
  'frontiere',
  'cooperation regionale',
  'integrite',
  'youth mobility students'
]

function indexedItems(): IndexedItem[] {
  const library = syntheticLibrary(20_000, 1_000)
  return [
    ...library.partners.map((item): IndexedItem => ({ kind: 'partner', item })),
    ...library.keyMessages.map((item): IndexedItem => ({ kind: 'keyMessage', item })),
    ...library.irritants.map((item): IndexedItem => ({ kind: 'irritant', item })),
    ...library.backgroundNotes.map((item): IndexedItem => ({ kind: 'backgroundNote', item }))
  ]
}

/** Index build time for 20,000 items and time per query once built. */
export async function searchFigures(): Promise<Figure[]> {
  const items = indexedItems()
  // Queries first, on the index as the app would have it after start-up: the timed rebuilds
  // below leave hundreds of megabytes of garbage whose collection would land in query times.
  const index = LibrarySearch.build(items)
  for (const query of QUERIES) index.search(query)
  const searches = await timeRuns(QUERIES.length * 10, (run) => index.search(QUERIES[run % QUERIES.length] ?? ''))
  const builds = await timeRuns(5, () => LibrarySearch.build(items))
  return [
    ...summarize('search index build (20,000 items)', builds, { median: 1500 }),
    ...summarize('search per query', searches, { p95: 10 })
  ]
}
