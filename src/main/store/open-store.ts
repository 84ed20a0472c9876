import { join, resolve } from 'node:path'
import { rotateBackups } from './backup-rotation'
import { backupIfChanged } from './backups'
import { openContentChecks } from './content-checks'
import { DEFAULT_JOURNAL_LIMIT } from './journaled-collection'
import type { WriteContext } from './collections'
import { createStore } from './create-store'
import { folderCodec } from './crypto/folder-key'
import type { FileCodec } from './file-codec'
import { writeLabelledBackup } from './labelled-backup'
import { acquireDataLock, assertHoldsDataLock, releaseDataLock } from './data-lock'
import { loadDataFolder } from './load-data-folder'
import { refuseLinkedFolders } from './linked-folders'
import { removeOldRecovered } from './old-recovered'
import { makeDataFolderPrivate } from './private-modes'
import { partialStore } from './partial-store'
import { ReadDigests } from './read-digests'
import { readOnlyStore } from './read-only-store'
import {
  commitRestore,
  finishRestore,
  presentContent,
  RESTORE_STAGING,
  RestoreUnfinishedError,
  stageRestore
} from './restore-backup'
import { DEFAULT_VERSIONING } from './load-file'
import type { Versioning } from './load-file'
import type { OpenContext } from './recovery'
import { StoreError } from './store-error'
import { nodeFs } from './store-fs'
import type { StoreFs } from './store-fs'
import { fileStamp } from './timestamp'
import type { Store, StoreOptions } from './types'

const DEFAULT_KEEP_BACKUPS = 10

/** Opens the data folder: loads every file once, replays journals, repairs, seeds a new folder, backs up, upgrades. */
export async function openStore(options: StoreOptions): Promise<Store> {
  return openStoreWith(options, DEFAULT_VERSIONING)
}

/** openStore with the data version and migrations given, so tests can exercise an upgrade. */
export async function openStoreWith(options: StoreOptions, versioning: Versioning): Promise<Store> {
  wholeAtLeastOne('keepBackups', options.keepBackups ?? DEFAULT_KEEP_BACKUPS)
  wholeAtLeastOne('keepImportBackups', options.keepImportBackups ?? DEFAULT_KEEP_BACKUPS)
  const journalLimit = options.journalLimit ?? DEFAULT_JOURNAL_LIMIT
  if (!Number.isInteger(journalLimit) || journalLimit < 1)
    throw new RangeError(`journalLimit must be a whole number of at least 1, not ${journalLimit}.`)
  const fs = options.fs ?? nodeFs
  const dataDir = resolve(options.dataDir)
  let tookLock = false
  try {
    // Before the lock: its file is the first thing an open writes.
    await refuseLinkedFolders(fs, dataDir)
    tookLock = await acquireDataLock(dataDir, { takeOver: options.takeOver === true, fs })
    // Before anything is read: an encrypted folder opens only with its key, and a new folder
    // given a passphrase gets its key file before its first byte of data.
    const codec = await folderCodec(fs, dataDir, options)
    // Kept for opening again after a restore: without the passphrase (the codec holds the key).
    const { passphrase: _passphrase, dataKey: _dataKey, ...kept } = options
    return await openHeld({ ...kept, dataDir, fs }, versioning, codec)
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

/** Opens a folder whose lock this process holds, with its codec: at start, and again after a restore. */
async function openHeld(
  options: Omit<StoreOptions, 'passphrase' | 'dataKey'> & { dataDir: string; fs: StoreFs },
  versioning: Versioning,
  codec: FileCodec
): Promise<Store> {
  const { fs, dataDir } = options
  const journalLimit = options.journalLimit ?? DEFAULT_JOURNAL_LIMIT
  const keep = options.keepBackups ?? DEFAULT_KEEP_BACKUPS
  const keepImports = options.keepImportBackups ?? DEFAULT_KEEP_BACKUPS
  const now = options.now ?? (() => new Date())
  // The clock is read once per open: the stamp names this start's files and rotation counts days from it.
  const moment = now()
  // A restore a crash interrupted is finished (or, if never decided, dropped) before anything is read.
  await finishRestore(fs, dataDir)
  // A sealed folder's files carry their own checked marks; a plain one's are remembered outside it.
  const checks =
    options.checkedCache !== undefined && !codec.sealed
      ? await openContentChecks(options.checkedCache, dataDir)
      : undefined
  // What this open reads is digested as it is read, for the backup below; a read-only open makes none.
  const readDigests = options.readOnly === true ? undefined : new ReadDigests(codec.sealed)
  const context: OpenContext = {
    fs: readDigests?.watching(fs) ?? fs,
    codec,
    checks,
    readDigests,
    dataDir,
    stamp: fileStamp(moment),
    versioning,
    readOnly: options.readOnly === true,
    journalLimit
  }
  // Only a read-only open may read less than everything: a backup must hold every file.
  const folder = await loadDataFolder(
    context,
    options.loadDefaultLibrary,
    options.readOnly === true ? options.parts : undefined
  )
  await checks?.save()
  if (options.readOnly !== true) {
    // The backup runs before upgrades are written, so it keeps the files as an older Dossier wrote them.
    // It is skipped when the newest one holds these very bytes: ten starts without a change must
    // not push ten older states out of the rotation.
    await backupIfChanged(fs, dataDir, context.stamp, folder.goodFiles, codec.sealed, (path) =>
      readDigests?.known(path)
    )
    // Files read from now on (a restore, say) are not this backup's business.
    context.readDigests = undefined
    // After the lock was taken: no other process can be making a backup while this one rotates.
    await rotateBackups(fs, dataDir, { keepStartUp: keep, keepLabelled: keepImports, now: moment })
    for (const upgrade of folder.upgrades) await upgrade()
    await removeOldRecovered(fs, dataDir, moment, folder.notices)
    // Last, so that it also covers what this open copied (a copy takes its source's mode).
    await makeDataFolderPrivate(fs, dataDir)
  }
  const writeContext: WriteContext = {
    fs,
    codec,
    dataDir,
    schemaVersion: versioning.current,
    journalLimit,
    keepImportBackups: keepImports,
    checks,
    assertHolder: () => assertHoldsDataLock(dataDir, fs),
    now
  }
  const base = createStore(writeContext, folder, folder.notices)
  const store: Store = {
    ...base,
    restoreBackup: async (name) => {
      await base.flush()
      // Checked and staged first: a backup that cannot be restored changes nothing, not even the backups.
      const scope = await stageRestore(context, name).catch((error: unknown) => {
        throw restoreFailed(dataDir, name, error, false)
      })
      let keptAs: string
      try {
        keptAs = await writeLabelledBackup(
          writeContext,
          'before-restore',
          now(),
          presentContent(base, versioning.current)
        )
      } catch (error) {
        await fs.rm(join(dataDir, RESTORE_STAGING)).catch(() => undefined)
        throw restoreFailed(dataDir, name, error, false)
      }
      await commitRestore(fs, dataDir, scope).catch((error: unknown) => {
        throw restoreFailed(dataDir, name, error, true)
      })
      return { store: await openHeld(options, versioning, codec), keptAs }
    }
  }
  if (options.readOnly !== true) return store
  return folder.parts ? partialStore(readOnlyStore(store), folder.parts, folder.lookups) : readOnlyStore(store)
}

/** A restore that failed: before it was decided nothing changed; after, the next open finishes it. */
function restoreFailed(dataDir: string, name: string, error: unknown, decided: boolean): StoreError {
  if (error instanceof StoreError && !decided) return error
  const reason = error instanceof Error ? error.message : String(error)
  const what = `Dossier could not restore the backup ${name} in ${dataDir} (${reason}).`
  if (decided) {
    const next =
      'Nothing was lost: Dossier finishes the restore the next time it opens the folder. Start Dossier again.'
    return new RestoreUnfinishedError('storage-failed', `${what} ${next}`, { cause: error })
  }
  const next =
    'Nothing was changed. Check that the disk has free space and that the folder can be written to, then try again.'
  return new StoreError('storage-failed', `${what} ${next}`, { cause: error })
}

function wholeAtLeastOne(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number of at least 1, not ${value}.`)
  return value
}
