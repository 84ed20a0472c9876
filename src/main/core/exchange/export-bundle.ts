import { createHash } from 'node:crypto'
import { zipSync } from 'fflate'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem, LibraryItemByKind, LibraryKind, Status } from '@shared/entities'
import type { Topic } from '@shared/topics'
import type { Store } from '../../store'
import { ApiFailure } from '../failure'
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, COLLECTION_KEYS, CONTENT_ENTRY, MANIFEST_ENTRY } from './bundle-format'
import type { BundleContent, BundleManifest } from './bundle-format'

/** Which items a bundle carries; every filter given must match (none given: the whole library). */
export interface BundleFilter {
  kinds?: LibraryKind[]
  /** Items linked to any of these partners, and the partners themselves. */
  partnerIds?: string[]
  /** Items filed under any of these topics. */
  topics?: Topic[]
  statuses?: Status[]
}

const encoder = new TextEncoder()

/** The library items (current version and full history) that pass the filter, as a .dossier file. */
export function exportBundle(store: Store, filter: BundleFilter, publisher: string, now: Date): Uint8Array {
  if (publisher.length > 500) throw new ApiFailure('invalid-input', 'Keep the publisher name under 500 characters.')
  const content: BundleContent = { partners: [], keyMessages: [], irritants: [], backgroundNotes: [] }
  const counts = { partner: 0, keyMessage: 0, irritant: 0, backgroundNote: 0 }
  for (const kind of LIBRARY_KINDS) {
    if (filter.kinds && !filter.kinds.includes(kind)) continue
    const items = store.library.list(kind).filter((item) => matches(kind, item, filter))
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
    sha256: createHash('sha256').update(contentBytes).digest('hex')
  }
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`)
  // Zip dates are DOS dates, which only span 1980-2107; the manifest keeps the true time.
  const mtime = new Date(Math.min(Math.max(now.getTime(), Date.UTC(1980, 1, 1)), Date.UTC(2099, 0, 1)))
  return zipSync(
    { [MANIFEST_ENTRY]: [manifestBytes, { level: 6 }], [CONTENT_ENTRY]: [contentBytes, { level: 6 }] },
    { mtime }
  )
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
