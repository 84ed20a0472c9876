import { join } from 'node:path'
import { BACKUPS_DIR, PARTIAL_SUFFIX, readNames } from './backups'
import type { StoreFs } from './store-fs'
import { FILE_STAMP_PATTERN, stampMoment } from './timestamp'

/** How many backups of each kind rotation keeps, and the moment it counts calendar days from. */
export interface RotationPolicy {
  /** Newest start-up backups kept. */
  keepStartUp: number
  /** Newest labelled backups (before-import) kept, counted per label. */
  keepLabelled: number
  now: Date
}

// Beyond the newest ones, the oldest backup of each of these last calendar days stays too, so a
// burst of starts or imports today cannot push out the state the data had on earlier days.
const DAYS_KEPT = 7

const STAMP = String.raw`\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z`
// Names writeBackup makes: <stamp>-<label>, then -N when the same stamp and label were taken
// twice. The label holds a letter, so no such name can pass for a start-up backup's <stamp>-N.
const LABELLED_PATTERN = new RegExp(String.raw`^(${STAMP})-([a-z0-9-]*[a-z][a-z0-9-]*?)(?:-(\d+))?$`)

interface Stamped {
  name: string
  base: string
  count: number
}

/**
 * Deletes start-up and labelled backups beyond what the policy keeps, each kind counted on its
 * own, and every half-made (.partial) backup. Only for a caller holding the data folder's lock:
 * then no other process can be writing a .partial right now, so any there is a crash's leftover.
 */
export async function rotateBackups(fs: StoreFs, dataDir: string, policy: RotationPolicy): Promise<void> {
  const names = await readNames(fs, join(dataDir, BACKUPS_DIR))
  const partial = names.filter((name) => name.endsWith(PARTIAL_SUFFIX))
  const startUp = names.flatMap((name) => {
    const match = FILE_STAMP_PATTERN.exec(name)
    return match ? [{ name, base: match[1]!, count: Number(match[2] ?? 0) }] : []
  })
  const doomed = [...partial, ...doomedOf(startUp, policy.keepStartUp, policy.now)]
  for (const family of labelledFamilies(names).values()) {
    doomed.push(...doomedOf(family, policy.keepLabelled, policy.now))
  }
  await removeAll(fs, dataDir, doomed)
}

/**
 * Deletes the backups with the same label as `made` beyond `keep` (and the days rule). Leaves
 * .partial folders alone: it runs while the store is open, after its own backup was made complete.
 */
export async function rotateLabelledBackups(
  fs: StoreFs,
  dataDir: string,
  made: string,
  keep: number,
  now: Date
): Promise<void> {
  const label = LABELLED_PATTERN.exec(made)?.[2]
  if (label === undefined) return
  const family = labelledFamilies(await readNames(fs, join(dataDir, BACKUPS_DIR))).get(label) ?? []
  await removeAll(fs, dataDir, doomedOf(family, keep, now))
}

/** The names to delete from one kind of backup: all but the `keep` newest and each recent day's oldest. */
function doomedOf(backups: readonly Stamped[], keep: number, now: Date): string[] {
  const sorted = [...backups].sort((a, b) => (a.base === b.base ? a.count - b.count : a.base < b.base ? -1 : 1))
  const kept = new Set(sorted.slice(Math.max(0, sorted.length - keep)).map((backup) => backup.name))
  const recentDays = new Set(
    Array.from({ length: DAYS_KEPT }, (_, back) =>
      localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() - back))
    )
  )
  const seenDays = new Set<string>()
  for (const backup of sorted) {
    const day = localDay(stampMoment(backup.base))
    // Oldest first, so the first one met on a day is that day's oldest.
    if (!recentDays.has(day) || seenDays.has(day)) continue
    seenDays.add(day)
    kept.add(backup.name)
  }
  return sorted.filter((backup) => !kept.has(backup.name)).map((backup) => backup.name)
}

// Labelled backups grouped by label, so imports (and any later label) rotate each on their own.
function labelledFamilies(names: readonly string[]): Map<string, Stamped[]> {
  const families = new Map<string, Stamped[]>()
  for (const name of names) {
    const match = LABELLED_PATTERN.exec(name)
    if (!match) continue
    const family = families.get(match[2]!) ?? []
    family.push({ name, base: match[1]!, count: Number(match[3] ?? 0) })
    families.set(match[2]!, family)
  }
  return families
}

// The stamp is UTC (fileStamp); days are counted as the user lives them, in local time.
function localDay(moment: Date): string {
  return `${moment.getFullYear()}-${moment.getMonth() + 1}-${moment.getDate()}`
}

async function removeAll(fs: StoreFs, dataDir: string, names: readonly string[]): Promise<void> {
  const root = join(dataDir, BACKUPS_DIR)
  await Promise.all(names.map((name) => fs.rm(join(root, name))))
}
