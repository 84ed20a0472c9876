import type { ExchangeService } from '../core/exchange-service'
import type { ExportService } from '../core/export-service'
import type { PackageService } from '../core/packages/package-service'
import type { SigningService } from '../core/signing-service'
import type { WatchService } from '../core/watch-service'
import type { BriefService } from '../core/briefs/brief-service'
import type { RecordService } from '../core/records/record-service'
import type { LibraryIndex } from '../core/library/library-index'
import type { LibraryService } from '../core/library/library-service'
import type { Logger } from '../core/log'
import type { Store } from '../store'
import type { UserFiles } from './user-files'

/** What every handler may use: the one store instance, the services built on it, the log and the clock. */
export interface ApiContext {
  store: Store
  log: Logger
  now: () => Date
  libraryIndex: LibraryIndex
  library: LibraryService
  briefs: BriefService
  packages: PackageService
  /** Records of discussion and their commitments. */
  records: RecordService
  exports: ExportService
  exchange: ExchangeService
  signing: SigningService
  /** Folders watched for published bundles. */
  watch: WatchService
  /** Users' files, through the save and open dialogs of whatever runs the api (Electron, the command line, a test). */
  files: UserFiles
  /** The folder was opened with its key: it is encrypted. */
  encrypted: boolean
}
