import type { BriefService } from '../core/briefs/brief-service'
import type { LibraryIndex } from '../core/library/library-index'
import type { LibraryService } from '../core/library/library-service'
import type { Logger } from '../core/log'
import type { Store } from '../store'

/** What every handler may use: the one store instance, the services built on it, the log and the clock. */
export interface ApiContext {
  store: Store
  log: Logger
  now: () => Date
  libraryIndex: LibraryIndex
  library: LibraryService
  briefs: BriefService
}
