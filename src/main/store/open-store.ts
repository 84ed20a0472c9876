import { resolve } from 'node:path'
import { createBackup, rotateBackups } from './backups'
import { createStore } from './create-store'
import { acquireDataLock, assertHoldsDataLock, releaseDataLock } from './data-lock'
import { loadDataFolder } from './load-data-folder'
import { readOnlyStore } from './read-only-store'
import { DEFAULT_VERSIONING } from './load-file'
import type { Versioning } from './load-file'
import type { OpenContext } from './recovery'
import { StoreError } from './store-error'
import { fileStamp } from './timestamp'
import type { Store, StoreOptions } from './types'

const DEFAULT_KEEP_BACKUPS = 10
const DEFAULT_JOURNAL_LIMIT = 1000

/** Opens the data folder: loads every file once, replays journals, repairs, seeds a new folder, backs up, upgrades. */
export async function openStore(options: StoreOptions): Promise<Store> {
  return openStoreWith(options, DEFAULT_VERSIONING)
}

/** openStore with the data version and migrations given, so tests can exercise an upgrade. */
export async function openStoreWith(options: StoreOptions, versioning: Versioning): Promise<Store> {
  const keep = options.keepBackups ?? DEFAULT_KEEP_BACKUPS
  if (!Number.isInteger(keep) || keep < 1)
    throw new RangeError(`keepBackups must be a whole number of at least 1, not ${keep}.`)
  const journalLimit = options.journalLimit ?? DEFAULT_JOURNAL_LIMIT
  if (!Number.isInteger(journalLimit) || journalLimit < 1)
    throw new RangeError(`journalLimit must be a whole number of at least 1, not ${journalLimit}.`)
  const now = options.now ?? (() => new Date())
  const context: OpenContext = { dataDir: resolve(options.dataDir), stamp: fileStamp(now()), versioning }
  let tookLock = false
  try {
    tookLock = await acquireDataLock(context.dataDir, { takeOver: options.takeOver === true })
    const folder = await loadDataFolder(context, options.loadDefaultLibrary)
    if (options.readOnly !== true) {
      // The backup runs before upgrades are written, so it keeps the files as an older Dossier wrote them.
      await createBackup(context.dataDir, context.stamp, folder.goodFiles)
      await rotateBackups(context.dataDir, keep)
      for (const upgrade of folder.upgrades) await upgrade()
    }
    const store = createStore(
      {
        dataDir: context.dataDir,
        schemaVersion: versioning.current,
        journalLimit,
        assertHolder: () => assertHoldsDataLock(context.dataDir)
      },
      folder,
      folder.notices
    )
    return options.readOnly === true ? readOnlyStore(store) : store
  } catch (error) {
    // A folder that could not be opened is not held: another start, or the user's fix, may try.
    if (tookLock) await releaseDataLock(context.dataDir).catch(() => undefined)
    if (error instanceof StoreError) throw error
    throw new StoreError(
      'storage-failed',
      `Dossier could not open its data folder ${context.dataDir} (${error instanceof Error ? error.message : String(error)}). Check that the folder exists and that you may read and write it, then start Dossier again.`,
      { cause: error }
    )
  }
}
