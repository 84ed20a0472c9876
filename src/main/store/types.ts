import type {
  BackgroundNote,
  Brief,
  Irritant,
  KeyMessage,
  LibraryItemByKind,
  LibraryKind,
  Package,
  Partner,
  Settings
} from '@shared/entities'
import type { BackupEntry, Notice, RemovedCopies } from '@shared/operations'
import type { MeetingRecord } from '@shared/records'
import type { StoreFs } from './store-fs'
import type { SigningKeysApi } from './signing-keys'
import type { WatchedFoldersApi } from './watched-folders'

/** The library shipped with the app, installed into a data folder that has none yet. */
export interface DefaultLibrary {
  schemaVersion: number
  partners: Partner[]
  keyMessages: KeyMessage[]
  irritants: Irritant[]
  backgroundNotes: BackgroundNote[]
  briefs: Brief[]
  packages: Package[]
}

export interface StoreOptions {
  dataDir: string
  /** Called only when the data folder holds no library yet (first start). */
  loadDefaultLibrary: () => Promise<DefaultLibrary>
  /** Injectable clock for tests (backup names, names of files kept aside). */
  now?: () => Date
  /**
   * How many start-up backups to keep; default 10. The oldest backup of each of the last 7
   * calendar days is kept on top of these.
   */
  keepBackups?: number
  /** How many backups taken before an import to keep, counted apart from start-up ones; default 10. */
  keepImportBackups?: number
  /** Saves a library collection's journal holds before its file is rewritten in full; default 1,000. */
  journalLimit?: number
  /**
   * For a run that only reads (the command line's list and export): no start-up backup, which
   * would copy and fsync every file and push an older backup out of the rotation for nothing,
   * no upgrade written, and every change through the store refused. Lock, repair and journal
   * folding at open stay as they are.
   */
  readOnly?: boolean
  /**
   * With readOnly, what a command reads, when it reads less than everything: the library
   * collections only when `library` is true, and only the briefs named (all when 'all'). The
   * small files (packages, records, settings, keys, watched folders) are always read. At 20,000
   * items the library is some 60 MB of JSON: `dossier list briefs` need not read it. Whatever
   * was not read is refused at its first use (a caller that reads it should have asked for it),
   * never answered as empty. A new folder, or one with an import a crash left half-applied, is
   * read in full, so that seeding and the batch's replay happen as in any other open.
   */
  parts?: StoreParts
  /**
   * Take the data folder even when its lock names another computer or a process still running
   * (the user said so, with --take-over). The previous holder's next save then fails.
   */
  takeOver?: boolean
  /** The data folder's file operations: the real disk unless a test simulates a power cut. */
  fs?: StoreFs
  /**
   * Opens an encrypted folder (unwrapping its data key), or sets a new, empty folder up encrypted
   * with it. Without it, an encrypted folder is refused (data-locked) and a new one stays plain.
   */
  passphrase?: string
  /**
   * A folder of this computer account's, outside the data folder, where a plain folder's
   * validated files are remembered by the SHA-256 of their bytes (content-checks.ts), so that an
   * open validates only files that changed. Without it, every file is validated at every open.
   */
  checkedCache?: string
  /** The data key itself, already unwrapped (for instance by the operating system's credential store). */
  dataKey?: Buffer
}

/** What a read-only open reads (see StoreOptions.parts). */
export interface StoreParts {
  /**
   * The whole library (true), none of it (false), or ('by-id') only the items looked up by id,
   * each parsed when first asked for where its collection's file allows it (item-lookup.ts).
   */
  library: boolean | 'by-id'
  briefs: 'all' | readonly string[]
}

/** Items of one stored list. Returned items are the store's own objects: copy before changing them. */
export interface Collection<T> {
  list(): T[]
  get(id: string): T | undefined
  /** Inserts or replaces by id; resolves once the change is on disk. */
  put(item: T): Promise<void>
  /** Removes by id (an unknown id is fine); resolves once the change is on disk. */
  remove(id: string): Promise<void>
}

/** One item to put in a library collection, as part of a batch. */
export type LibraryChange = { [K in LibraryKind]: { kind: K; item: LibraryItemByKind[K] } }[LibraryKind]

export interface LibraryBatchOptions {
  /**
   * Copies the library as it stands into backups/<stamp>-<label>/ before anything is written
   * (the backup is taken once earlier saves have landed, so it is exactly the state the batch changes).
   */
  backup?: { at: Date; label: string }
  /** Runs once earlier saves have landed and before anything is written; throwing cancels the batch. */
  check?: () => void
}

export interface LibraryBatchResult {
  /** The backup folder's name under backups/, or null when none was asked for (or the batch was empty). */
  backup: string | null
}

export interface Store {
  readonly dataDir: string
  /**
   * What happened while opening: files restored from their copies or from backups, files that
   * could not be recovered, default library installed. Repairs are told again at every open
   * until acknowledged.
   */
  readonly notices: Notice[]
  /** The user has seen the notices: repairs are no longer told at the next open. */
  acknowledgeNotices(): Promise<void>
  /** Deletes backups (but one of the data as it is now) and damaged files kept aside: see remove-old-copies.ts. */
  removeOldCopies(): Promise<RemovedCopies>
  /** The backups in the data folder, newest first (read from the folder at each call). */
  backups(): Promise<BackupEntry[]>
  /**
   * Puts back the content of the backup named `name` (see restore-backup.ts) after a backup of the
   * present content, labelled before-restore, whose name it returns. Throws StoreError, having
   * changed nothing, when the backup cannot be restored. This store is finished afterwards: the
   * one returned holds the folder, with the same key.
   */
  restoreBackup(name: string): Promise<{ store: Store; keptAs: string }>
  library: {
    list<K extends LibraryKind>(kind: K): LibraryItemByKind[K][]
    get<K extends LibraryKind>(kind: K, id: string): LibraryItemByKind[K] | undefined
    put<K extends LibraryKind>(kind: K, item: LibraryItemByKind[K]): Promise<void>
    remove(kind: LibraryKind, id: string): Promise<void>
    /**
     * Puts every item of the batch or none: resolves once the whole batch is durable in one write,
     * and a crash at any point leaves, after the next open, the library as before or fully changed.
     */
    applyBatch(changes: readonly LibraryChange[], options?: LibraryBatchOptions): Promise<LibraryBatchResult>
  }
  briefs: Collection<Brief>
  packages: Collection<Package>
  /** Records of discussion, with their commitments. */
  records: Collection<MeetingRecord>
  settings: {
    get(): Settings
    update(patch: Partial<Settings>): Promise<Settings>
  }
  /** The office's publisher identity and the publishers it trusts (see signing-keys.ts). */
  signingKeys: SigningKeysApi
  /** Where this office looks for published bundles, and which it already took (see watched-folders.ts). */
  watchedFolders: WatchedFoldersApi
  /**
   * The search index saved between starts (search-index-file.ts): a copy of what the library
   * says, sealed in an encrypted folder, never backed up. `read` gives null when there is none or
   * its seal is broken; `write` queues a write whose bytes `make` gives when its turn comes.
   */
  searchIndex: {
    read(): Promise<Buffer | null>
    write(make: () => Buffer): Promise<void>
  }
  /**
   * Waits for every queued write to reach the disk, then closes the files the store keeps open
   * (a later save opens them again). Call it before putting a store away.
   */
  flush(): Promise<void>
}
