import type { DefaultLibrary } from '../src/main/store'
import { composerFigures } from './composer-bench'
import { exportFigures } from './export-bench'
import { figuresText } from './figures-text'
import type { Figure } from './measure'
import { searchFigures } from './search-bench'
import { agedLoadFigures, storeFigures } from './store-bench'
import { syntheticLibrary, withEarlierVersions } from './synthetic-library'
import { uiFigures } from './ui-bench'

// One part of the bench, run by run.ts in a process of its own, as the app's main process holds
// one library and not the leftovers of other measures. Run one after the other in the bench's
// own process, each part slowed those after it. The UI part leaves only some 15 MB more heap, yet
// three search index builds took 1,623-1,784 ms right after it against 1,258-1,618 in a fresh
// process (a quiet machine), and 2,000-2,300 against about 1,300 while another job loaded the
// machine. After the resource attacks (which write files of hundreds of megabytes), the index
// build's median was 1,446 ms against 1,240-1,343 after the store part or alone, back to back.
// Progress goes to stderr, the figures to stdout.

const ITEMS = 20_000
const PARTNERS = 1_000
// Earlier versions per item in the load of a library kept for a while.
const EARLIER_VERSIONS = 3

async function partFigures(part: string | undefined): Promise<Figure[]> {
  switch (part) {
    case 'ui':
      return uiFigures({ profile: process.argv.includes('--ui-profile') })
    case 'store': {
      const items = syntheticLibrary(ITEMS, PARTNERS)
      const library: DefaultLibrary = { schemaVersion: 1, ...items, briefs: [], packages: [] }
      const aged: DefaultLibrary = { ...library, ...withEarlierVersions(items, EARLIER_VERSIONS) }
      return [
        ...(await storeFigures(library, false)),
        ...(await storeFigures(library, true)),
        ...(await agedLoadFigures(library, aged, EARLIER_VERSIONS, false)),
        ...(await agedLoadFigures(library, aged, EARLIER_VERSIONS, true))
      ]
    }
    case 'search':
      return searchFigures()
    case 'composer':
      return composerFigures()
    case 'export':
      return exportFigures()
    default:
      throw new Error(`part.ts runs one part: ui, store, search, composer or export, not ${part}.`)
  }
}

process.stdout.write(figuresText(await partFigures(process.argv[2])))
