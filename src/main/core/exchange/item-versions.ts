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

/** The entries of an item's versions that carry number `version` (two after a merge of diverging edits). */
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

/**
 * Every version of the given lists once, oldest first (by number, then by time saved). Two
 * different versions with one number (each office saved its own version 4) are both kept: their
 * numbers are what briefs on each side refer to, so neither is renumbered.
 */
export function mergeVersions(...lists: ItemVersion[][]): ItemVersion[] {
  const merged: ItemVersion[] = []
  for (const entry of lists.flat()) {
    if (!merged.some((kept) => sameVersion(kept, entry))) merged.push(entry)
  }
  // A stable sort: on a full tie, the first list (the local one) comes first.
  return merged.sort((a, b) => a.version - b.version || a.updatedAt.localeCompare(b.updatedAt))
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
