import { dirname, join } from 'node:path'
import { ensureDirectory, errorCode, syncDirectory, syncFile, writeNewFileSynced } from './atomic-write'
import { digestFiles, heldFiles, holdsExactly, MANIFEST_FILE, manifestText } from './backup-manifest'
import type { Digests, FileDigest } from './backup-manifest'
import { StoreError } from './store-error'
import type { StoreFs } from './store-fs'
import { compareStamped, FILE_STAMP_PATTERN } from './timestamp'

export const BACKUPS_DIR = 'backups'

// A backup is copied under this suffix and renamed when complete, so a crash mid-copy never
// leaves a half backup that recovery would trust.
export const PARTIAL_SUFFIX = '.partial'

/** Complete backup folder names, oldest first. */
export async function listBackups(fs: StoreFs, dataDir: string): Promise<string[]> {
  const names = await readNames(fs, join(dataDir, BACKUPS_DIR))
  return names.filter((name) => FILE_STAMP_PATTERN.test(name)).sort(compareStamped)
}

/**
 * Makes a start-up backup of the given data files unless the newest start-up backup already
 * holds exactly these bytes; returns the new backup's folder name, or null when none was needed.
 * `known` gives the digests of files the open read and nothing changed since (read-digests.ts).
 * Skipping keeps recovery whole: the newest backup then still holds the current bytes.
 */
export async function backupIfChanged(
  fs: StoreFs,
  dataDir: string,
  stamp: string,
  relPaths: readonly string[],
  sealed: boolean,
  known?: (path: string) => FileDigest | Promise<FileDigest> | undefined,
  { whileOpen = false }: { whileOpen?: boolean } = {}
): Promise<string | null> {
  const newest = (await listBackups(fs, dataDir)).at(-1)
  const current = await digestFiles(fs, dataDir, relPaths, sealed, known).catch(() => undefined)
  if (newest !== undefined && current !== undefined) {
    const newestDir = join(dataDir, BACKUPS_DIR, newest)
    // One reading of the newest backup both decides whether a backup is needed and what it can share.
    const held = await heldFiles(fs, newestDir, current)
    if (holdsExactly(held, current)) return null
    return createBackup(fs, dataDir, stamp, relPaths, {
      sealed,
      digests: current,
      previous: { dir: newestDir, same: held.same },
      whileOpen
    })
  }
  return createBackup(fs, dataDir, stamp, relPaths, { sealed, digests: current, whileOpen })
}

/**
 * Copies the given data files and their manifest into backups/<stamp>/ and returns the backup's
 * folder name. `digests` are the files' digests when the caller has just read them: at start the
 * folder is locked and the store not yet open, so nothing changes the files in between, and each
 * file is then copied by the system instead of being read a second time. `whileOpen` is for a
 * backup made with the store open (Remove old copies): a brief or the settings may be saved
 * between the digest and the copy, so each file copied is digested again as the backup holds it,
 * and the manifest never names bytes the backup lacks.
 *
 * A file the `previous` backup holds with the same bytes (`previous.same`, see heldFiles) is
 * shared with it through a hard link instead of copied: on a 20,000-item
 * library a start after one edit costs the edited file, not every file again. Backups are never
 * written after they are made, and rotation unlinks, so sharing never changes a backup's content.
 * Where links are refused (a FAT-formatted USB key), the file is copied as before.
 */
export async function createBackup(
  fs: StoreFs,
  dataDir: string,
  stamp: string,
  relPaths: readonly string[],
  {
    sealed,
    digests,
    previous,
    whileOpen = false
  }: {
    sealed: boolean
    digests?: Digests | undefined
    previous?: { dir: string; same: ReadonlySet<string> }
    whileOpen?: boolean
  }
): Promise<string> {
  const root = join(dataDir, BACKUPS_DIR)
  const name = await unusedName(fs, root, stamp)
  const staging = join(root, `${name}${PARTIAL_SUFFIX}`)
  try {
    const manifest = { ...(digests ?? (await digestFiles(fs, dataDir, relPaths, sealed))) }
    await ensureDirectory(fs, staging)
    const folders = new Set([staging])
    const copied: string[] = []
    for (const relPath of relPaths) {
      const target = join(staging, ...relPath.split('/'))
      await ensureDirectory(fs, dirname(target))
      folders.add(dirname(target))
      const shared =
        previous?.same.has(relPath) === true &&
        (await fs.link(join(previous.dir, ...relPath.split('/')), target).then(
          () => true,
          () => false
        ))
      if (!shared) {
        await fs.copyFile(join(dataDir, ...relPath.split('/')), target)
        await syncFile(fs, target)
        copied.push(relPath)
      }
    }
    if (whileOpen) Object.assign(manifest, await digestFiles(fs, staging, copied, sealed))
    await writeNewFileSynced(fs, join(staging, MANIFEST_FILE), manifestText(manifest))
    await completeStaging(fs, folders, staging, join(root, name))
  } catch (error) {
    await fs.rm(staging).catch(() => undefined)
    throw new StoreError(
      'storage-failed',
      `Dossier could not make its start-up backup in ${root} (${error instanceof Error ? error.message : String(error)}). Free some disk space or check that the data folder can be written to, then start Dossier again.`,
      { cause: error }
    )
  }
  return name
}

/**
 * Names a staged backup complete. Its files were synced one by one; the folders' entries are
 * synced before the rename, so after a power cut a backup that looks whole never lacks a file
 * (rotation would otherwise push good backups out for it), and the rename is synced after.
 */
async function completeStaging(
  fs: StoreFs,
  folders: ReadonlySet<string>,
  staging: string,
  target: string
): Promise<void> {
  for (const folder of folders) await syncDirectory(fs, folder)
  await fs.rename(staging, target)
  await syncDirectory(fs, dirname(target))
}

async function unusedName(fs: StoreFs, root: string, stamp: string): Promise<string> {
  const taken = new Set(await readNames(fs, root))
  let name = stamp
  for (let count = 1; taken.has(name) || taken.has(`${name}${PARTIAL_SUFFIX}`); count += 1) name = `${stamp}-${count}`
  return name
}

/** The names in a folder; none when the folder does not exist yet. */
export async function readNames(fs: StoreFs, directory: string): Promise<string[]> {
  try {
    return await fs.readdir(directory)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}

/**
 * Writes the given documents into backups/<name>/ (a unique name, made complete by one rename)
 * and returns the folder's name. Used for the library as it stood before an import; such a
 * folder does not match the start-up backups' names, so recovery never reads it and it rotates
 * with the other backups of its label (see backup-rotation.ts).
 */
export async function writeBackup(
  fs: StoreFs,
  dataDir: string,
  name: string,
  documents: ReadonlyArray<{ relPath: string; bytes: string | Uint8Array }>
): Promise<string> {
  const root = join(dataDir, BACKUPS_DIR)
  const unique = await unusedName(fs, root, name)
  const staging = join(root, `${unique}${PARTIAL_SUFFIX}`)
  try {
    await ensureDirectory(fs, staging)
    const folders = new Set([staging])
    for (const { relPath, bytes } of documents) {
      const target = join(staging, ...relPath.split('/'))
      await ensureDirectory(fs, dirname(target))
      folders.add(dirname(target))
      await writeNewFileSynced(fs, target, bytes)
    }
    await completeStaging(fs, folders, staging, join(root, unique))
  } catch (error) {
    await fs.rm(staging).catch(() => undefined)
    throw new StoreError(
      'storage-failed',
      `Dossier could not make a backup in ${root} (${error instanceof Error ? error.message : String(error)}), so it changed nothing. Free some disk space or check that the data folder can be written to, then try again.`,
      { cause: error }
    )
  }
  return unique
}
