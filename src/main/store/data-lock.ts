import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureDirectory, syncDirectory } from './atomic-write'
import { LOCK_FILE, placeLock, readLock, removeLockIf, writeLockCandidate } from './lock-file'
import type { LockRecord, SeenLock } from './lock-file'
import {
  beingWrittenMessage,
  contendedMessage,
  foreignHostMessage,
  liveOwnerMessage,
  lostLockMessage,
  unreadableLockMessage
} from './lock-messages'
import type { RefusalMessage } from './lock-messages'
import { isRunning, processStartTime } from './process-identity'
import { StoreError } from './store-error'
import { nodeFs } from './store-fs'
import type { StoreFs } from './store-fs'

// One process at a time per data folder. The app and the command line keep the library in
// memory and fold their journals into the files; two of them on one folder would each write
// their own picture and lose the other's saves. The lock file appears complete or not at all
// (lock-file.ts); a lock is taken over only when its process is provably gone, or when the user
// says so; and the holder checks its token before every write batch, so a holder that lost the
// lock after all stops writing instead of writing alongside the new one.

/** A lock file that does not parse yet is younger than this: an older Dossier may be writing it. */
export const GARBLED_GRACE_MS = 5000
// Each round either takes the lock or removes a stale one; this many means others keep racing us.
const MAX_ATTEMPTS = 50
// How long a holder that finds its lock missing waits before looking once more.
const RECHECK_MS = 50

// A save checks the lock by a stat alone while the lock file is the very file last read and found
// to be ours (same inode, size and time; a takeover links a new file in its place), and reads it
// in full at least this often all the same.
const FULL_READ_EVERY_MS = 2000

/** The token of every folder this process holds, by resolved path. */
const held = new Map<string, string>()
/** The lock file of each held folder as last read and found to hold our token. */
const confirmed = new Map<string, { ino: bigint; size: number; mtimeMs: number; readAt: number }>()

export interface AcquireOptions {
  /** Replace the lock even when another computer or a running process holds it (the user said so). */
  takeOver?: boolean
  /** The data folder's file operations; the real disk unless a test simulates one. */
  fs?: StoreFs
}

type Verdict = { stale: true } | { stale: false; message: RefusalMessage }

/**
 * Takes the data folder for this process, or refuses in words when another Dossier holds it.
 * Answers whether this call took it (false when this process held it already).
 */
export async function acquireDataLock(dataDir: string, options: AcquireOptions = {}): Promise<boolean> {
  const dir = resolve(dataDir)
  const fs = options.fs ?? nodeFs
  await ensureDirectory(fs, dir)
  const lockPath = join(dir, LOCK_FILE)
  const token = randomUUID()
  const me: LockRecord = {
    pid: process.pid,
    start: await processStartTime(process.pid),
    host: hostname(),
    token,
    since: new Date().toISOString()
  }
  const candidate = await writeLockCandidate(fs, dir, JSON.stringify(me))
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (await placeLock(fs, candidate, lockPath)) {
        held.set(dir, token)
        confirmed.delete(dir)
        return true
      }
      const seen = await readLock(fs, lockPath)
      // Removed between our link and our read: simply try again.
      if (seen === null) continue
      if (seen.record?.token != null && seen.record.token === held.get(dir)) return false
      const verdict = await judge(seen, me, dir, lockPath)
      if (!verdict.stale && options.takeOver !== true)
        throw new StoreError('data-in-use', verdict.message.text, { details: verdict.message.details })
      // Whether or not this call removed it, the next round starts from the beginning: whoever
      // links first then holds the folder, and everyone else judges that new lock afresh.
      await removeLockIf(fs, lockPath, seen)
    }
    throw new StoreError('data-in-use', contendedMessage(dir, lockPath))
  } finally {
    await fs.unlink(candidate).catch(() => undefined)
    // The lock's name, and the candidate's removal, must survive a power cut.
    await syncDirectory(fs, dir)
  }
}

/** Whether the process that wrote a lock is provably gone; if not, why the folder is refused. */
async function judge(seen: SeenLock, me: LockRecord, dir: string, lockPath: string): Promise<Verdict> {
  const owner = seen.record
  if (owner === null) {
    // Not "no owner": an older Dossier creates the file first and writes its owner a moment
    // later. Only a file left unfinished for longer than that can take is abandoned.
    return Date.now() - seen.mtimeMs > GARBLED_GRACE_MS
      ? { stale: true }
      : { stale: false, message: beingWrittenMessage(dir, lockPath) }
  }
  // This computer cannot see another one's processes, so it never decides for it.
  if (owner.host !== me.host) return { stale: false, message: foreignHostMessage(dir, lockPath, owner) }
  // Our own pid: either this very process (which may open the folder anew) or an earlier one
  // that had the same number; neither is another process holding the folder.
  if (owner.pid === me.pid) return { stale: true }
  if (!isRunning(owner.pid)) return { stale: true }
  // Running, but a process started at another time is a newcomer that was given the same pid.
  const liveStart = await processStartTime(owner.pid)
  if (owner.start !== null && liveStart !== null && owner.start !== liveStart) return { stale: true }
  return { stale: false, message: liveOwnerMessage(dir, lockPath, owner) }
}

/**
 * Refuses a write unless this process still holds the data folder, checked at the start of every
 * write batch: a stat while the lock file is the one last read and found ours, a read otherwise.
 * Throws StoreError('data-in-use') when the lock is gone or names someone else.
 */
export async function assertHoldsDataLock(dataDir: string, fs: StoreFs = nodeFs): Promise<void> {
  const dir = resolve(dataDir)
  const lockPath = join(dir, LOCK_FILE)
  const token = held.get(dir)
  const known = confirmed.get(dir)
  if (token !== undefined && known !== undefined && Date.now() - known.readAt < FULL_READ_EVERY_MS) {
    const now = await fs.stat(lockPath).catch(() => null)
    if (now !== null && now.ino === known.ino && now.size === known.size && now.mtimeMs === known.mtimeMs) return
  }
  confirmed.delete(dir)
  const read = async (): Promise<LockRecord | null> => {
    const seen = await readLock(fs, lockPath).catch((error: unknown) => {
      throw new StoreError('storage-failed', unreadableLockMessage(dir, lockPath, error), { cause: error })
    })
    if (seen !== null && token !== undefined && seen.record?.token === token) {
      confirmed.set(dir, { ino: seen.ino, size: seen.bytes.length, mtimeMs: seen.mtimeMs, readAt: Date.now() })
    }
    return seen?.record ?? null
  }
  let owner = await read()
  if (token !== undefined && owner?.token === token) return
  // A takeover that moved our lock aside by mistake puts it back within moments (lock-file.ts):
  // look once more before telling the user the folder is lost.
  await new Promise((resolveWait) => setTimeout(resolveWait, RECHECK_MS))
  owner = await read()
  if (token !== undefined && owner?.token === token) return
  throw new StoreError('data-in-use', lostLockMessage(dir, lockPath, owner))
}

/** Gives the data folder back, if this process holds it; a lock with another token is left alone. */
export async function releaseDataLock(dataDir: string, fs: StoreFs = nodeFs): Promise<void> {
  const dir = resolve(dataDir)
  const token = held.get(dir)
  if (token === undefined) return
  held.delete(dir)
  confirmed.delete(dir)
  const lockPath = join(dir, LOCK_FILE)
  const seen = await readLock(fs, lockPath)
  if (seen?.record?.token === token) await removeLockIf(fs, lockPath, seen)
}
