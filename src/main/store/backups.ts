import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { errorCode, syncDirectory, writeFileAtomic } from './atomic-write'
import { StoreError } from './store-error'
import { compareStamped, FILE_STAMP_PATTERN } from './timestamp'

export const BACKUPS_DIR = 'backups'

// A backup is copied under this suffix and renamed when complete, so a crash mid-copy never
// leaves a half backup that recovery would trust.
const PARTIAL_SUFFIX = '.partial'

/** Complete backup folder names, oldest first. */
export async function listBackups(dataDir: string): Promise<string[]> {
  const names = await readNames(join(dataDir, BACKUPS_DIR))
  return names.filter((name) => FILE_STAMP_PATTERN.test(name)).sort(compareStamped)
}

/** Copies the given data files into backups/<stamp>/ and returns the backup's folder name. */
export async function createBackup(dataDir: string, stamp: string, relPaths: readonly string[]): Promise<string> {
  const root = join(dataDir, BACKUPS_DIR)
  const name = await unusedName(root, stamp)
  const staging = join(root, `${name}${PARTIAL_SUFFIX}`)
  try {
    for (const relPath of relPaths) {
      const target = join(staging, ...relPath.split('/'))
      await mkdir(dirname(target), { recursive: true })
      await copyFile(join(dataDir, ...relPath.split('/')), target)
      // On the disk before the folder is named complete: after a power cut, a backup that looks
      // whole must not hold empty files, or rotation would push the good ones out.
      const copy = await open(target, 'r')
      await copy.sync().finally(() => copy.close())
    }
    await mkdir(staging, { recursive: true })
    await rename(staging, join(root, name))
    await syncDirectory(root)
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    throw new StoreError(
      'storage-failed',
      `Dossier could not make its start-up backup in ${root} (${error instanceof Error ? error.message : String(error)}). Free some disk space or check that the data folder can be written to, then start Dossier again.`,
      { cause: error }
    )
  }
  return name
}

/** Deletes the oldest backups beyond `keep`, and any half-made backup a crash left behind. */
export async function rotateBackups(dataDir: string, keep: number): Promise<void> {
  const root = join(dataDir, BACKUPS_DIR)
  const names = await readNames(root)
  const partial = names.filter((name) => name.endsWith(PARTIAL_SUFFIX))
  const complete = names.filter((name) => FILE_STAMP_PATTERN.test(name)).sort(compareStamped)
  // Only folders this store named are ever deleted; anything else a person put here stays.
  const doomed = [...partial, ...complete.slice(0, Math.max(0, complete.length - keep))]
  await Promise.all(doomed.map((name) => rm(join(root, name), { recursive: true, force: true })))
}

async function unusedName(root: string, stamp: string): Promise<string> {
  const taken = new Set(await readNames(root))
  let name = stamp
  for (let count = 1; taken.has(name) || taken.has(`${name}${PARTIAL_SUFFIX}`); count += 1) name = `${stamp}-${count}`
  return name
}

async function readNames(directory: string): Promise<string[]> {
  try {
    return await readdir(directory)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
}

/**
 * Writes the given documents into backups/<name>/ (a unique name, made complete by one rename)
 * and returns the folder's name. Used for the library as it stood before an import; such a
 * folder does not match the start-up backups' names, so rotation and recovery leave it alone.
 */
export async function writeBackup(
  dataDir: string,
  name: string,
  documents: ReadonlyArray<{ relPath: string; text: string }>
): Promise<string> {
  const root = join(dataDir, BACKUPS_DIR)
  const unique = await unusedName(root, name)
  const staging = join(root, `${unique}${PARTIAL_SUFFIX}`)
  try {
    await mkdir(staging, { recursive: true })
    for (const { relPath, text } of documents) {
      const target = join(staging, ...relPath.split('/'))
      await mkdir(dirname(target), { recursive: true })
      await writeFileAtomic(target, text)
    }
    await rename(staging, join(root, unique))
    await syncDirectory(root)
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    throw new StoreError(
      'storage-failed',
      `Dossier could not make a backup in ${root} (${error instanceof Error ? error.message : String(error)}), so it changed nothing. Free some disk space or check that the data folder can be written to, then try again.`,
      { cause: error }
    )
  }
  return unique
}
