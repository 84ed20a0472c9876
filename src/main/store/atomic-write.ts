import { randomBytes } from 'node:crypto'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { StoreFileHandle, StoreFs } from './store-fs'

/** Every temporary file ends with this, so leftovers from a crash can be recognised and removed. */
export const TEMP_SUFFIX = '.dossier-tmp'

// Windows cannot open or fsync a directory (EISDIR, EPERM) and some file systems refuse it
// (EINVAL, ENOTSUP). There the rename is as durable as the platform allows; any other error
// means the disk is in trouble and must be reported.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP'])

/** Replaces a file so that readers see the old bytes or the new bytes, never a mix, even after a crash. */
export async function writeFileAtomic(fs: StoreFs, target: string, data: string | Uint8Array): Promise<void> {
  await writeFilesAtomic(fs, [target], data)
}

/**
 * Writes the same bytes to several files, each replaced atomically, in the order given. The
 * bytes of all are synced together before the first rename, and each folder once after the
 * last, so a second copy costs little more time than one.
 */
export async function writeFilesAtomic(
  fs: StoreFs,
  targets: readonly string[],
  data: string | Uint8Array
): Promise<void> {
  // Same folder as the target: a rename is only atomic within one file system.
  const temps = targets.map((target) =>
    join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  )
  try {
    // The bytes must be on the disk before the rename makes them the file; otherwise a crash
    // can leave the new name pointing at an empty file.
    await Promise.all(temps.map((temp) => writeNewFileSynced(fs, temp, data)))
    for (const [index, target] of targets.entries()) await fs.rename(temps[index]!, target)
  } catch (error) {
    await Promise.all(temps.map((temp) => fs.unlink(temp).catch(() => undefined)))
    throw error
  }
  // The rename lives in the directory entry; syncing the directory makes it survive a power cut.
  for (const folder of new Set(targets.map((target) => dirname(target)))) await syncDirectory(fs, folder)
}

/** Creates a file that must not exist yet and fsyncs its bytes; its name is made durable by the caller. */
export async function writeNewFileSynced(fs: StoreFs, path: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes a file's bytes durable, through a handle of its own. */
export async function syncFile(fs: StoreFs, path: string): Promise<void> {
  const handle = await fs.open(path, 'r')
  await handle.sync().finally(() => handle.close())
}

/** Deletes a file and makes the deletion durable; a file already gone is fine. */
export async function removeFileDurably(fs: StoreFs, target: string): Promise<void> {
  try {
    await fs.unlink(target)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  await syncDirectory(fs, dirname(target))
}

/** Flushes a directory's entries to disk, where the platform supports it. */
export async function syncDirectory(fs: StoreFs, directory: string): Promise<void> {
  let handle: StoreFileHandle | undefined
  try {
    handle = await fs.open(directory, 'r')
    await handle.sync()
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error
  } finally {
    await handle?.close()
  }
}

/**
 * Creates a folder and its missing parents so that they survive a power cut: a new folder's name
 * is an entry in its parent, which must be synced like a renamed file's. Without this, a crash
 * could take away a whole folder of files that were each synced.
 */
export async function ensureDirectory(fs: StoreFs, directory: string): Promise<void> {
  const first = await fs.mkdir(directory)
  if (first === undefined) return
  // The folders created: the first, then each level below it down to the one asked for.
  const created = [first]
  for (const name of relative(first, directory).split(sep).filter(Boolean)) created.push(join(created.at(-1)!, name))
  // Each new folder's name is an entry in its parent.
  for (const folder of created) await syncDirectory(fs, dirname(folder))
}

/** Removes temporary files a crash left behind in a folder; a missing folder is fine. */
export async function removeLeftoverTempFiles(fs: StoreFs, directory: string): Promise<void> {
  let names: string[]
  try {
    names = await fs.readdir(directory)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  const leftovers = names.filter((name) => name.endsWith(TEMP_SUFFIX))
  await Promise.all(leftovers.map((name) => fs.rm(join(directory, name))))
}

/** The Node error code (ENOENT, EACCES, ...) of an error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
