// The persistence layer: the one place that reads and writes the data folder.
export { openStore } from './open-store'
export { StoreError } from './store-error'
export { RestoreUnfinishedError } from './restore-backup'
export type { StoreErrorCode } from './store-error'
export { SCHEMA_VERSION } from './version'
export { resolveDataDir } from './data-dir'
export type {
  Collection,
  DefaultLibrary,
  LibraryBatchOptions,
  LibraryBatchResult,
  LibraryChange,
  Store,
  StoreOptions,
  StoreParts
} from './types'
export { writeFileAtomic } from './atomic-write'
export { acquireDataLock, releaseDataLock } from './data-lock'
export { nodeFs } from './store-fs'
export type { StoreFs } from './store-fs'
export { NO_SIGNING_KEYS } from './signing-keys'
export type { PublisherIdentity, SigningKeys, TrustedSigner } from './signing-keys'
export { withHandled } from './watched-folders'
export type { WatchedFolder, WatchedFolders } from './watched-folders'
