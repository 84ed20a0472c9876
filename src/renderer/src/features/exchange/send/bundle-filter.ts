import { LIBRARY_KINDS, STATUSES } from '@shared/entities'
import type { LibraryKind, ListedItem, Status } from '@shared/entities'
import type { bundleFilterSchema } from '@shared/exchange-inputs'
import type { SearchLibraryInput } from '@shared/library-inputs'
import type { LibraryHit } from '@shared/operations'
import type { Topic } from '@shared/topics'
import { markingRank } from '@shared/markings'
import type { Marking } from '@shared/markings'
import type { z } from 'zod'

/** What the exchange file carries, as the contract takes it. */
export type BundleFilter = z.input<typeof bundleFilterSchema>

/** What the user picked on the Send form. Empty partners or topics mean "any"; empty kinds or statuses mean none. */
export interface FilterChoices {
  scope: 'all' | 'part'
  kinds: LibraryKind[]
  statuses: Status[]
  partnerIds: string[]
  topics: Topic[]
}

export const DEFAULT_CHOICES: FilterChoices = {
  scope: 'all',
  kinds: [...LIBRARY_KINDS],
  statuses: [...STATUSES],
  partnerIds: [],
  topics: []
}

/** Counts per kind of what a bundle would carry. */
export type KindCounts = Record<LibraryKind, number>

export const NO_ITEMS: KindCounts = { partner: 0, keyMessage: 0, irritant: 0, backgroundNote: 0 }

/** True when the choices cannot match anything: no kind or no status ticked. */
export function choosesNothing(choices: FilterChoices): boolean {
  return choices.scope === 'part' && (choices.kinds.length === 0 || choices.statuses.length === 0)
}

/**
 * The contract's filter for the choices. A group with every box ticked is left out rather than
 * listed, so that the whole library, retired items included, goes when nothing is narrowed.
 */
export function toBundleFilter(choices: FilterChoices): BundleFilter {
  if (choices.scope === 'all') return {}
  const filter: BundleFilter = {}
  if (choices.kinds.length < LIBRARY_KINDS.length) filter.kinds = LIBRARY_KINDS.filter((k) => choices.kinds.includes(k))
  if (choices.statuses.length < STATUSES.length) filter.statuses = STATUSES.filter((s) => choices.statuses.includes(s))
  if (choices.partnerIds.length > 0) filter.partnerIds = [...choices.partnerIds]
  if (choices.topics.length > 0) filter.topics = [...choices.topics]
  return filter
}

/** The most items one count asks the library for; the search allows no more. */
export const COUNT_LIMIT = 1000

/**
 * The library search that lists every candidate: kinds and statuses narrow it there; partners
 * and topics are applied by `countBundle`, since a bundle takes any of several (the search one).
 */
export function countSearch(filter: BundleFilter): SearchLibraryInput {
  return {
    query: '',
    ...(filter.kinds ? { kinds: filter.kinds } : {}),
    statuses: filter.statuses ?? [...STATUSES],
    sort: 'title',
    limit: COUNT_LIMIT
  }
}

/** The partners an item belongs to, as the bundle export reads them: responsive lines count too. */
export function linkedPartners(kind: LibraryKind, item: ListedItem): string[] {
  if (kind === 'partner') return [item.id]
  const ids = 'partnerIds' in item ? [...item.partnerIds] : []
  if ('responsiveLines' in item) for (const line of item.responsiveLines) if (line.partnerId) ids.push(line.partnerId)
  return ids
}

/** True when an item would go into a bundle made with this filter. */
export function matchesFilter(kind: LibraryKind, item: ListedItem, filter: BundleFilter): boolean {
  if (filter.kinds && !filter.kinds.includes(kind)) return false
  if (filter.statuses && !filter.statuses.includes(item.status)) return false
  if (filter.topics && !item.topics.some((topic) => filter.topics!.includes(topic))) return false
  if (filter.partnerIds && !linkedPartners(kind, item).some((id) => filter.partnerIds!.includes(id))) return false
  return true
}

/** How many of the listed items, per kind, a bundle made with this filter would carry (none above the ceiling). */
export function countBundle(
  hits: readonly Pick<LibraryHit, 'kind' | 'item'>[],
  filter: BundleFilter,
  ceiling: Marking = 'PROTECTED B'
): KindCounts {
  const counts = { ...NO_ITEMS }
  for (const hit of hits) {
    if (markingRank(hit.item.marking) > markingRank(ceiling)) continue
    if (matchesFilter(hit.kind, hit.item, filter)) counts[hit.kind] += 1
  }
  return counts
}

/** Every item of the counts. */
export function totalOf(counts: KindCounts): number {
  return LIBRARY_KINDS.reduce((sum, kind) => sum + counts[kind], 0)
}
