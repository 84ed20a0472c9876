import { randomBytes } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The few file operations an atomic write needs; tests swap one out to simulate a failure. */
export interface AtomicFs {
  open: typeof fsp.open
  rename: typeof fsp.rename
  unlink: typeof fsp.unlink
}

export const nodeFs: AtomicFs = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink }

/** Every temporary file ends with this, so leftovers from a crash can be recognised and removed. */
export const TEMP_SUFFIX = '.dossier-tmp'

// Windows cannot open or fsync a directory (EISDIR, EPERM) and some file systems refuse it
// (EINVAL, ENOTSUP). There the rename is as durable as the platform allows; any other error
// means the disk is in trouble and must be reported.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP'])

/** Replaces a file so that readers see the old bytes or the new bytes, never a mix, even after a crash. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  // Same folder as the target: a rename is only atomic within one file system.
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  try {
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(data)
      // The bytes must be on the disk before the rename makes them the file; otherwise a crash
      // can leave the new name pointing at an empty file.
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, target)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  // The rename lives in the directory entry; syncing the directory makes it survive a power cut.
  await syncDirectory(dirname(target), fs)
}

/** Deletes a file and makes the deletion durable; a file already gone is fine. */
export async function removeFileDurably(target: string, fs: AtomicFs = nodeFs): Promise<void> {
  try {
    await fs.unlink(target)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  await syncDirectory(dirname(target), fs)
}

/** Flushes a directory's entries to disk, where the platform supports it. */
export async function syncDirectory(directory: string, fs: AtomicFs = nodeFs): Promise<void> {
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fs.open(directory, 'r')
    await handle.sync()
  } catch (error) {
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(errorCode(error) ?? '')) throw error
  } finally {
    await handle?.close()
  }
}

/** Removes temporary files a crash left behind in a folder; a missing folder is fine. */
export async function removeLeftoverTempFiles(directory: string): Promise<void> {
  let names: string[]
  try {
    names = await fsp.readdir(directory)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  const leftovers = names.filter((name) => name.endsWith(TEMP_SUFFIX))
  await Promise.all(leftovers.map((name) => fsp.rm(join(directory, name), { force: true })))
}

/** The Node error code (ENOENT, EACCES, ...) of an error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
