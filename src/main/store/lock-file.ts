import { randomUUID } from 'node:crypto'
import { dirname, join } from 'node:path'
import { errorCode, syncDirectory, writeNewFileSynced } from './atomic-write'
import type { StoreFileHandle, StoreFs } from './store-fs'

// The file operations behind the data folder lock (data-lock.ts decides who may hold it). The
// lock file only ever appears complete and only ever disappears when the one who removes it has
// checked it is the file it meant to remove.

export const LOCK_FILE = 'dossier.lock'

/** Who holds a data folder. start and token are null in locks written by older Dossiers. */
export interface LockRecord {
  pid: number
  /** The holder's start time (see process-identity.ts), or null where it cannot be read. */
  start: number | null
  host: string
  /** Random, new for every acquisition: what the holder checks before each write. */
  token: string | null
  since: string
}

/** A lock file as read at one moment: its bytes, which file it was, and its owner if it parses. */
export interface SeenLock {
  bytes: Buffer
  ino: bigint
  mtimeMs: number
  record: LockRecord | null
}

/** Parses a lock file; null for an empty, partly written or foreign file. */
export function parseLock(bytes: Buffer): LockRecord | null {
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
    const { pid, start, host, token, since } = raw
    // A pid of 0 or less would make process.kill signal a whole process group, not one process.
    if (!Number.isSafeInteger(pid) || (pid as number) <= 0 || typeof host !== 'string') return null
    return {
      pid: pid as number,
      start: Number.isSafeInteger(start) ? (start as number) : null,
      host,
      token: typeof token === 'string' ? token : null,
      since: typeof since === 'string' ? since : ''
    }
  } catch {
    return null
  }
}

/** Reads the lock file through one handle, so bytes and identity belong to the same file; null when there is none. */
export async function readLock(fs: StoreFs, path: string): Promise<SeenLock | null> {
  let handle: StoreFileHandle
  try {
    handle = await fs.open(path, 'r')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  try {
    const stats = await handle.stat()
    const bytes = await handle.readFile()
    return { bytes, ino: stats.ino, mtimeMs: stats.mtimeMs, record: parseLock(bytes) }
  } finally {
    await handle.close()
  }
}

// Some file systems (FAT and exFAT on removable drives, some network shares) have no hard links.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'])

/**
 * Writes bytes to a file of their own next to the lock and fsyncs them; returns its path. Linking
 * this file to the lock's name makes the lock appear with its content already inside, so nobody
 * can ever read it half written.
 */
export async function writeLockCandidate(fs: StoreFs, dataDir: string, bytes: string): Promise<string> {
  const path = join(dataDir, `${LOCK_FILE}.${randomUUID()}.new`)
  await writeNewFileSynced(fs, path, bytes)
  return path
}

/**
 * Gives the lock's name to `source` if no lock exists: true if it did, false if a lock exists.
 * link() fails with EEXIST when the name is taken, so of several callers exactly one succeeds.
 */
export async function placeLock(fs: StoreFs, source: string, lockPath: string): Promise<boolean> {
  try {
    await fs.link(source, lockPath)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error
  }
  // No hard links here: create the name exclusively and write into it. The file is empty for a
  // moment, which readers treat as held (see data-lock.ts), so this stays safe, only less tidy.
  let handle: StoreFileHandle
  try {
    handle = await fs.open(lockPath, 'wx')
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(await fs.readFile(source))
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

/**
 * Removes the lock file only if it is still the file `seen` describes; answers whether it did.
 *
 * There is no "delete if unchanged" call, so the lock is first renamed to a name of this call's
 * own. A rename moves whatever file has the name at that instant, and only one rename of it can
 * succeed; the others find no file (ENOENT) and start over. The moved file is then compared
 * (file id and bytes) with the one judged: if it is another one (someone replaced the lock
 * between our read and our rename), it is linked back under the lock's name at once, which
 * fails only if yet another process created a lock in that instant; its owner then finds the
 * loss at its next write (data-lock.ts checks the token before every batch) instead of writing
 * alongside the newcomer. Comparing the bytes as well as the id matters: a freed file id can be
 * reused, but a new lock's random token never repeats.
 */
export async function removeLockIf(fs: StoreFs, lockPath: string, seen: SeenLock): Promise<boolean> {
  const aside = join(dirname(lockPath), `${LOCK_FILE}.${randomUUID()}.old`)
  try {
    await fs.rename(lockPath, aside)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
  // A file that cannot be read back is not known to be the one judged, so it goes back too.
  const moved = await readLock(fs, aside).catch(() => null)
  const removed = moved !== null && moved.ino === seen.ino && moved.bytes.equals(seen.bytes)
  try {
    if (!removed) await placeLock(fs, aside, lockPath)
  } finally {
    await fs.unlink(aside).catch(() => undefined)
  }
  await syncDirectory(fs, dirname(lockPath))
  return removed
}
