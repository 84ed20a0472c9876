import { join } from 'node:path'
import type { Notice } from '@shared/operations'
import { CARRIED_NOTICES_FILE } from './carried-notices'
import { RECOVERED_DIR } from './documents'
import type { StoreFs } from './store-fs'
import { stampMoment } from './timestamp'

// recovered/ keeps a copy of every damaged file an open repaired, so the user can look at what
// was lost. Those copies hold briefing text too, and an unattended folder must not keep it for
// ever: after a month the repair is long settled, so the copy is removed at the next start.

/** How long a damaged file kept aside stays in recovered/. */
export const RECOVERED_KEPT_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

// Names keepAside makes: <relative path>.<stamp>[-N].<reason> (recovery.ts).
const KEPT_NAME = /\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-\d+)?\.[a-z]+$/

/**
 * Removes the files kept aside in recovered/ more than RECOVERED_KEPT_DAYS before `now`, and any
 * folder under recovered/ this leaves empty; pushes a notice saying how many went, when any did.
 * The list of repair notices not yet seen (recovered/notices.json) is never removed. Best
 * effort, and not made durable: a copy that could not be removed, or comes back after a power
 * cut, is simply removed at a later start.
 */
export async function removeOldRecovered(fs: StoreFs, dataDir: string, now: Date, notices: Notice[]): Promise<number> {
  const cutoff = now.getTime() - RECOVERED_KEPT_DAYS * DAY_MS
  const removed = await sweep(fs, dataDir, RECOVERED_DIR, cutoff)
  if (removed > 0) {
    notices.push({
      code: 'old-recovered-removed',
      message: `Dossier removed ${removed === 1 ? '1 copy of a damaged file' : `${removed} copies of damaged files`} that it had kept in ${RECOVERED_DIR}/ for more than ${RECOVERED_KEPT_DAYS} days.`,
      params: { count: String(removed), days: String(RECOVERED_KEPT_DAYS) }
    })
  }
  return removed
}

// Removes the old kept files under one folder of recovered/ and answers how many it removed.
async function sweep(fs: StoreFs, dataDir: string, relDir: string, cutoff: number): Promise<number> {
  const names = await fs.readdir(join(dataDir, ...relDir.split('/'))).catch(() => [] as string[])
  let removed = 0
  for (const name of names) {
    const relPath = `${relDir}/${name}`
    const path = join(dataDir, ...relPath.split('/'))
    const stats = await fs.lstat(path).catch(() => null)
    if (stats?.kind === 'folder') {
      const inside = await sweep(fs, dataDir, relPath, cutoff)
      removed += inside
      // Only a folder this sweep emptied: one found empty was left so by someone else.
      if (inside > 0 && (await isEmpty(fs, path))) await fs.rm(path).catch(() => undefined)
      continue
    }
    if (stats?.kind !== 'file' || relPath === CARRIED_NOTICES_FILE) continue
    const stamp = KEPT_NAME.exec(name)?.[1]
    if (stamp === undefined || stampMoment(stamp).getTime() >= cutoff) continue
    const gone = await fs.unlink(path).then(
      () => true,
      () => false
    )
    if (gone) removed += 1
  }
  return removed
}

async function isEmpty(fs: StoreFs, folder: string): Promise<boolean> {
  return fs.readdir(folder).then(
    (names) => names.length === 0,
    () => false
  )
}
