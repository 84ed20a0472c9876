import { resolve } from 'node:path'
import { rotateBackups } from './backup-rotation'
import { backupIfChanged } from './backups'
import { createStore } from './create-store'
import { folderCodec } from './crypto/folder-key'
import { acquireDataLock, assertHoldsDataLock, releaseDataLock } from './data-lock'
import { loadDataFolder } from './load-data-folder'
import { removeOldRecovered } from './old-recovered'
import { makeDataFolderPrivate } from './private-modes'
import { readOnlyStore } from './read-only-store'
import { DEFAULT_VERSIONING } from './load-file'
import type { Versioning } from './load-file'
import type { OpenContext } from './recovery'
import { StoreError } from './store-error'
import { nodeFs } from './store-fs'
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
  const keep = wholeAtLeastOne('keepBackups', options.keepBackups ?? DEFAULT_KEEP_BACKUPS)
  const keepImports = wholeAtLeastOne('keepImportBackups', options.keepImportBackups ?? DEFAULT_KEEP_BACKUPS)
  const journalLimit = options.journalLimit ?? DEFAULT_JOURNAL_LIMIT
  if (!Number.isInteger(journalLimit) || journalLimit < 1)
    throw new RangeError(`journalLimit must be a whole number of at least 1, not ${journalLimit}.`)
  const now = options.now ?? (() => new Date())
  // The clock is read once per open: the stamp names this start's files and rotation counts days from it.
  const moment = now()
  const fs = options.fs ?? nodeFs
  const dataDir = resolve(options.dataDir)
  let tookLock = false
  try {
    tookLock = await acquireDataLock(dataDir, { takeOver: options.takeOver === true, fs })
    // Before anything is read: an encrypted folder opens only with its key, and a new folder
    // given a passphrase gets its key file before its first byte of data.
    const codec = await folderCodec(fs, dataDir, options)
    const context: OpenContext = { fs, codec, dataDir, stamp: fileStamp(moment), versioning }
    const folder = await loadDataFolder(context, options.loadDefaultLibrary)
    if (options.readOnly !== true) {
      // The backup runs before upgrades are written, so it keeps the files as an older Dossier wrote them.
      // It is skipped when the newest one holds these very bytes: ten starts without a change must
      // not push ten older states out of the rotation.
      await backupIfChanged(fs, context.dataDir, context.stamp, folder.goodFiles, codec.sealed)
      // After the lock was taken: no other process can be making a backup while this one rotates.
      await rotateBackups(fs, context.dataDir, { keepStartUp: keep, keepLabelled: keepImports, now: moment })
      for (const upgrade of folder.upgrades) await upgrade()
      await removeOldRecovered(fs, context.dataDir, moment, folder.notices)
      // Last, so that it also covers what this open copied (a copy takes its source's mode).
      await makeDataFolderPrivate(fs, context.dataDir)
    }
    const store = createStore(
      {
        fs,
        codec,
        dataDir: context.dataDir,
        schemaVersion: versioning.current,
        journalLimit,
        keepImportBackups: keepImports,
        assertHolder: () => assertHoldsDataLock(context.dataDir, fs)
      },
      folder,
      folder.notices
    )
    return options.readOnly === true ? readOnlyStore(store) : store
  } catch (error) {
    // A folder that could not be opened is not held: another start, or the user's fix, may try.
    if (tookLock) await releaseDataLock(dataDir, fs).catch(() => undefined)
    if (error instanceof StoreError) throw error
    throw new StoreError(
      'storage-failed',
      `Dossier could not open its data folder ${dataDir} (${error instanceof Error ? error.message : String(error)}). Check that the folder exists and that you may read and write it, then start Dossier again.`,
      { cause: error }
    )
  }
}

function wholeAtLeastOne(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number of at least 1, not ${value}.`)
  return value
}
