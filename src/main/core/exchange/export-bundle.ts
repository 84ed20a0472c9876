import { createHash } from 'node:crypto'
import { zipSync } from 'fflate'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem, LibraryItemByKind, LibraryKind, Status } from '@shared/entities'
import type { Topic } from '@shared/topics'
import type { Marking } from '@shared/markings'
import type { Store } from '../../store'
import { ApiFailure } from '../failure'
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, COLLECTION_KEYS, CONTENT_ENTRY, MANIFEST_ENTRY } from './bundle-format'
import type { BundleContent, BundleManifest } from './bundle-format'
import { highestMarkingOf, withinCeiling } from './bundle-marking'

/** Which items a bundle carries; every filter given must match (none given: the whole library). */
export interface BundleFilter {
  kinds?: LibraryKind[]
  /** Items linked to any of these partners, and the partners themselves. */
  partnerIds?: string[]
  /** Items filed under any of these topics. */
  topics?: Topic[]
  statuses?: Status[]
  /** The highest marking that may go out: items above it stay here, and so do earlier versions above it. */
  ceiling?: Marking
  /** False to send only each item's current version (default: its earlier versions too). */
  history?: boolean
}

/** A bundle made, with what it holds and what the ceiling kept back. */
export interface BuiltBundle {
  /** The .dossier file, not yet signed. */
  bytes: Uint8Array
  manifest: BundleManifest
  /** Items that passed the filter but are marked above the ceiling, so were left out. */
  leftOut: number
  /** Earlier versions marked above the ceiling, left out of the history of items that went. */
  versionsLeftOut: number
}

const encoder = new TextEncoder()

/** The library items (current version and, unless left out, history) that pass the filter, as a .dossier file. */
export function exportBundle(store: Store, filter: BundleFilter, publisher: string, now: Date): Uint8Array {
  return buildBundle(store, filter, publisher, now).bytes
}

/** exportBundle, also saying what the bundle holds and what the marking ceiling left out. */
export function buildBundle(store: Store, filter: BundleFilter, publisher: string, now: Date): BuiltBundle {
  if (publisher.length > 500) throw new ApiFailure('invalid-input', 'Keep the publisher name under 500 characters.')
  const content: BundleContent = { partners: [], keyMessages: [], irritants: [], backgroundNotes: [] }
  const counts = { partner: 0, keyMessage: 0, irritant: 0, backgroundNote: 0 }
  const ceiling = filter.ceiling ?? 'PROTECTED B'
  let leftOut = 0
  let versionsLeftOut = 0
  for (const kind of LIBRARY_KINDS) {
    if (filter.kinds && !filter.kinds.includes(kind)) continue
    const items: LibraryItem[] = []
    for (const item of store.library.list(kind) as LibraryItem[]) {
      if (!matches(kind, item, filter)) continue
      if (!withinCeiling(item.marking, ceiling)) {
        leftOut += 1
        continue
      }
      const history = filter.history === false ? [] : item.history.filter((v) => withinCeiling(v.marking, ceiling))
      versionsLeftOut += filter.history === false ? 0 : item.history.length - history.length
      items.push(history.length === item.history.length ? item : ({ ...item, history } as LibraryItem))
    }
    ;(content[COLLECTION_KEYS[kind]] as LibraryItemByKind[typeof kind][]).push(...(items as never[]))
    counts[kind] = items.length
  }
  const contentBytes = encoder.encode(JSON.stringify(content))
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    createdAt: now.toISOString(),
    publisher,
    counts,
    sha256: createHash('sha256').update(contentBytes).digest('hex'),
    marking: highestMarkingOf(content),
    history: filter.history !== false
  }
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`)
  // Zip dates are DOS dates, which only span 1980-2107; the manifest keeps the true time.
  const mtime = new Date(Math.min(Math.max(now.getTime(), Date.UTC(1980, 1, 1)), Date.UTC(2099, 0, 1)))
  const bytes = zipSync(
    { [MANIFEST_ENTRY]: [manifestBytes, { level: 6 }], [CONTENT_ENTRY]: [contentBytes, { level: 6 }] },
    { mtime }
  )
  return { bytes, manifest, leftOut, versionsLeftOut }
}

function matches(kind: LibraryKind, item: LibraryItem, filter: BundleFilter): boolean {
  if (filter.statuses && !filter.statuses.includes(item.status)) return false
  if (filter.topics && !item.topics.some((topic) => filter.topics!.includes(topic))) return false
  if (filter.partnerIds && !linkedPartners(kind, item).some((id) => filter.partnerIds!.includes(id))) return false
  return true
}

/** The partners an item belongs to: a partner itself; the partners another item is attached to. */
export function linkedPartners(kind: LibraryKind, item: LibraryItem): string[] {
  if (kind === 'partner') return [item.id]
  const ids = 'partnerIds' in item ? [...item.partnerIds] : []
  if ('responsiveLines' in item) {
    for (const line of item.responsiveLines) if (line.partnerId) ids.push(line.partnerId)
  }
  return ids
}
