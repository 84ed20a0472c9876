import { join } from 'node:path'
import type { RemovedCopies } from '@shared/operations'
import { syncDirectory } from './atomic-write'
import { BACKUPS_DIR, listBackups, PARTIAL_SUFFIX, readNames } from './backups'
import { backUpDataNow } from './backup-now'
import { CARRIED_NOTICES_FILE } from './carried-notices'
import type { WriteContext } from './collections'
import { RECOVERED_DIR } from './documents'
import { StoreError } from './store-error'
import type { StoreFs } from './store-fs'

// Backups and the copies of damaged files kept in recovered/ hold text the user has since changed
// or deleted. On a laptop that travels, the user may want that text gone now rather than when
// rotation or the 30 days get to it: "Remove old copies" in Settings. What stays: the data as it
// is now (files and their second copies; the journals are folded into them first, see
// create-store.ts) and a start-up backup of that same data, the one recovery turns to first when
// a file and its second copy are both damaged. Library items keep their history: briefs print the
// version they were given, so it is the data, not a copy of it.

// Every backup folder's name starts with the moment it was made: <stamp>, <stamp>-N (start-up)
// or <stamp>-<label> (before an import). Anything else in backups/ is not Dossier's and stays.
const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/

/**
 * Deletes every backup but `keep` (by default the newest start-up one), and every file kept aside
 * in recovered/ but the list of repair notices not yet seen; answers how many of each went. A
 * backup still being written (.partial) is left to finish. Only for a caller holding the data
 * folder's lock.
 */
export async function removeOldCopies(
  fs: StoreFs,
  dataDir: string,
  keep?: string
): Promise<Omit<RemovedCopies, 'backupMade'>> {
  try {
    const backups = await removeBackups(fs, dataDir, keep)
    const recoveredFiles = await removeRecovered(fs, dataDir, RECOVERED_DIR)
    if (recoveredFiles > 0) await syncDirectory(fs, join(dataDir, RECOVERED_DIR))
    return { backups, recoveredFiles }
  } catch (error) {
    throw new StoreError(
      'storage-failed',
      `Dossier could not remove every old copy in ${dataDir} (${error instanceof Error ? error.message : String(error)}). Those removed before the problem are gone. Check that the data folder can be written to, then try again.`,
      { cause: error }
    )
  }
}

/**
 * removeOldCopies for the open store, refused once another Dossier has taken the folder over. The
 * journals must be folded in first (create-store.ts). The start-up backup kept is then made anew
 * unless it already holds the data as it is now: one made before this session's saves would, once
 * the journals are folded, no longer bring them back with a file and its copy both damaged, and a
 * journal it took along may hold the text of an item deleted since.
 */
export async function removeOldCopiesAsHolder(
  context: Pick<WriteContext, 'fs' | 'dataDir' | 'assertHolder' | 'codec'>,
  moment: Date
): Promise<RemovedCopies> {
  await context.assertHolder()
  const made = await backUpDataNow(context, moment)
  // Kept by name: with a clock set back since the last start, it is not the newest by its stamp.
  return { ...(await removeOldCopies(context.fs, context.dataDir, made ?? undefined)), backupMade: made !== null }
}

async function removeBackups(fs: StoreFs, dataDir: string, keep?: string): Promise<number> {
  const root = join(dataDir, BACKUPS_DIR)
  const kept = keep ?? (await listBackups(fs, dataDir)).at(-1)
  const doomed = (await readNames(fs, root)).filter(
    (name) => BACKUP_NAME.test(name) && !name.endsWith(PARTIAL_SUFFIX) && name !== kept
  )
  for (const name of doomed) await fs.rm(join(root, name))
  // Said removed, they must not come back after a power cut.
  if (doomed.length > 0) await syncDirectory(fs, root)
  return doomed.length
}

// Removes every file under a folder of recovered/ (but the notices list) and every folder it
// empties; answers how many files went. Links are not Dossier's and stay.
async function removeRecovered(fs: StoreFs, dataDir: string, relDir: string): Promise<number> {
  let removed = 0
  for (const name of await readNames(fs, join(dataDir, ...relDir.split('/')))) {
    const relPath = `${relDir}/${name}`
    const path = join(dataDir, ...relPath.split('/'))
    const { kind } = await fs.lstat(path)
    if (kind === 'folder') {
      removed += await removeRecovered(fs, dataDir, relPath)
      if ((await readNames(fs, path)).length === 0) await fs.rm(path)
    } else if (kind === 'file' && relPath !== CARRIED_NOTICES_FILE) {
      await fs.unlink(path)
      removed += 1
    }
  }
  return removed
}
