import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomic } from './atomic-write'
import { StoreError } from './store-error'

// One process at a time per data folder. The app and the command line keep the library in
// memory and fold their journals into the files; two of them on one folder would each write
// their own picture and lose the other's saves. A lock left by a process that has ended (a
// crash) is taken over; the same process may open its folder again.

const LOCK_FILE = 'dossier.lock'

interface LockOwner {
  pid: number
  host: string
  since: string
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function currentOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') }
      : null
  } catch {
    return null
  }
}

/**
 * Takes the data folder for this process, or refuses in words when another Dossier holds it.
 * Answers whether this call took it (false when this process held it already).
 */
export async function acquireDataLock(dataDir: string): Promise<boolean> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, LOCK_FILE)
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  try {
    const handle = await open(path, 'wx')
    await handle.writeFile(JSON.stringify(me))
    await handle.close()
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const owner = await currentOwner(path)
  if (owner?.pid === process.pid && owner.host === me.host) return false
  const held = owner !== null && owner.pid !== process.pid && owner.host === me.host && isRunning(owner.pid)
  if (held) {
    throw new StoreError(
      'data-in-use',
      `Another Dossier (process ${owner.pid}, since ${owner.since}) is using the data folder ${dataDir}. Close it first, or point this one at another folder with --data-dir.`
    )
  }
  await writeFileAtomic(path, JSON.stringify(me))
  return true
}

/** Gives the data folder back, if this process holds it. */
export async function releaseDataLock(dataDir: string): Promise<void> {
  const path = join(dataDir, LOCK_FILE)
  if ((await currentOwner(path))?.pid === process.pid) await rm(path, { force: true })
}
