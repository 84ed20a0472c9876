import type { LibraryItem } from '@shared/entities'
import { contentOf } from '../library/item-content'

// How two copies of one library item relate. Each saved change is a version; an item carries
// its earlier versions, oldest first. Two offices that both edited an item hold histories that
// share a beginning and then part: the last version they share is their common version.

/** One version of an item: its content as saved then, without the history. */
export type ItemVersion = Omit<LibraryItem, 'history'>

/** Every version an item holds, oldest first, the current one last. */
export function versionsOf(item: LibraryItem): ItemVersion[] {
  return [...(item.history as ItemVersion[]), contentOf(item) as ItemVersion]
}

// Fields that say when and by whom a version was saved, not what it says.
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'history'])

/** True when two versions say the same thing (same text, links, status, marking...), whoever saved them. */
export function sameContent(a: object, b: object): boolean {
  return stableJson(a, BOOKKEEPING) === stableJson(b, BOOKKEEPING)
}

/** True when two versions are the same save: same content, same number, same time and author. */
export function sameVersion(a: object, b: object): boolean {
  return stableJson(a, HISTORY_ONLY) === stableJson(b, HISTORY_ONLY)
}
const HISTORY_ONLY = new Set(['history'])

/** The entries of an item's versions that carry number `version` (one, in a well-kept history). */
export function atVersion(versions: ItemVersion[], version: number): ItemVersion[] {
  return versions.filter((entry) => entry.version === version)
}

/** The newest version number present on both sides with the same content, if any. */
export function commonVersion(mine: LibraryItem, theirs: LibraryItem): number | undefined {
  const theirVersions = versionsOf(theirs)
  let common: number | undefined
  for (const entry of versionsOf(mine)) {
    if (common !== undefined && entry.version <= common) continue
    if (atVersion(theirVersions, entry.version).some((other) => sameContent(entry, other))) common = entry.version
  }
  return common
}

/** Both sides' versions as one history, each number used once. */
export interface MergedVersions {
  /** Every version of both sides once, oldest first, numbers unique and increasing. */
  history: ItemVersion[]
  /** The number for a version saved on top: above every number in the history and on both sides. */
  next: number
  /** My old version numbers that now name another entry, with the number my version now carries. */
  renumbered: Map<number, number>
  /** True when theirs, as it is, already holds every version once under its own number. */
  theirsAsIs: boolean
}

/**
 * Merges the versions of two copies of one item so that every number names exactly one version
 * (briefs, the history screen and restoring a version all find a version by its number):
 * - the versions both hold (same number, same content) keep their numbers, as do all of theirs,
 *   the incoming line of record;
 * - my versions they lack are renumbered above the highest number of both sides, in their order;
 * - should theirs repeat a number (a history merged before numbers were kept unique), the later
 *   entry is renumbered the same way, before mine.
 * `renumbered` says, for each of my numbers that changed, where the version a brief placed under
 * that number (the one it resolved to) now is.
 */
export function mergeVersions(mine: LibraryItem, theirs: LibraryItem): MergedVersions {
  const theirVersions = versionsOf(theirs)
  const myVersions = versionsOf(mine)
  let next = Math.max(...theirVersions.map((entry) => entry.version), ...myVersions.map((entry) => entry.version)) + 1

  // Each version kept, with the number it had; `keeps` when that number stays its own.
  interface Slot {
    entry: ItemVersion
    from: number
    keeps: boolean
  }
  const theirSlots: Slot[] = []
  let last = 0
  for (const entry of theirVersions) {
    if (theirSlots.some((other) => sameVersion(other.entry, entry))) continue
    const keeps = entry.version > last
    if (keeps) last = entry.version
    theirSlots.push({ entry, from: entry.version, keeps })
  }
  // Each of my versions lands on a version of theirs with its number and content, or is added.
  const mySlots: Slot[] = []
  const slotOf = new Map<ItemVersion, Slot>()
  for (const entry of myVersions) {
    let slot = theirSlots.find((other) => other.from === entry.version && sameContent(other.entry, entry))
    if (!slot) {
      slot = { entry, from: entry.version, keeps: false }
      mySlots.push(slot)
    }
    slotOf.set(entry, slot)
  }

  const numberOf = new Map<Slot, number>()
  const ordered = [...theirSlots.filter((slot) => slot.keeps), ...theirSlots.filter((slot) => !slot.keeps), ...mySlots]
  for (const slot of ordered) numberOf.set(slot, slot.keeps ? slot.from : next++)

  const renumbered = new Map<number, number>()
  for (const version of new Set(myVersions.map((entry) => entry.version))) {
    // The entry a brief that placed this number shows: the current version, else the first one in the history.
    const shown = mine.version === version ? myVersions.at(-1)! : myVersions.find((entry) => entry.version === version)!
    const now = numberOf.get(slotOf.get(shown)!)!
    if (now !== version) renumbered.set(version, now)
  }
  return {
    history: ordered.map((slot) => ({ ...slot.entry, version: numberOf.get(slot)! })),
    next,
    renumbered,
    theirsAsIs:
      mySlots.length === 0 && theirSlots.length === theirVersions.length && theirSlots.every((slot) => slot.keeps)
  }
}

/** JSON with object keys sorted, so equal values give equal text whatever their key order. */
export function stableJson(value: unknown, skipTopLevel: ReadonlySet<string> = new Set()): string {
  return JSON.stringify(sortKeys(value, skipTopLevel))
}

function sortKeys(value: unknown, skip: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((entry) => sortKeys(entry, EMPTY))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) {
    if (!skip.has(key)) out[key] = sortKeys((value as Record<string, unknown>)[key], EMPTY)
  }
  return out
}
const EMPTY: ReadonlySet<string> = new Set()
