import type { LibraryKind, Status } from '@shared/entities'
import { STATUSES } from '@shared/statuses'
import type { SearchLibraryInput, TranslationFilter } from '@shared/library-inputs'
import type { Marking } from '@shared/markings'
import type { ReviewState } from '@shared/review'
import type { Topic } from '@shared/topics'

/** The library's tabs: every item, one kind, or the items whose review is due. */
export type BrowseTab = 'all' | LibraryKind | 'needs-review'

/** Filters beside the search box; an empty value means "any". */
export interface LibraryFilters {
  partnerId: string
  topic: Topic | ''
  statuses: Status[]
  marking: Marking | ''
  review: ReviewState[]
  translation: TranslationFilter[]
}

/** What the browse view shows: a tab, the words typed, and the filters. */
export interface BrowseState {
  tab: BrowseTab
  query: string
  filters: LibraryFilters
}

// Retired items stay out of sight unless asked for: they are kept only for the briefs that use them.
export const DEFAULT_FILTERS: LibraryFilters = {
  partnerId: '',
  topic: '',
  statuses: ['draft', 'approved'],
  marking: '',
  review: [],
  translation: []
}

export const DEFAULT_BROWSE: BrowseState = { tab: 'all', query: '', filters: DEFAULT_FILTERS }

/** The search the api runs for what the user sees: tab, query and filters combined. */
export function toSearchInput({ tab, query, filters }: BrowseState): SearchLibraryInput {
  const words = query.trim()
  const input: SearchLibraryInput = {
    query: words,
    // Unticking every status would match nothing, which nobody means; it reads as "any status".
    statuses: filters.statuses.length === 0 ? [...STATUSES] : [...filters.statuses],
    // Needs review lists the oldest due first, so the most pressing item is on top.
    sort: tab === 'needs-review' ? 'review-by' : words === '' ? 'title' : 'relevance'
  }
  if (tab !== 'all' && tab !== 'needs-review') input.kinds = [tab]
  if (filters.partnerId !== '') input.partnerId = filters.partnerId
  if (filters.topic !== '') input.topic = filters.topic
  if (filters.marking !== '') input.marking = filters.marking
  // Needs review: a review overdue or due soon, or a translation to update, whatever the review filter says.
  if (tab === 'needs-review') input.needsReview = true
  else if (filters.review.length > 0) input.review = [...filters.review]
  if (filters.translation.length > 0) input.translation = [...filters.translation]
  return input
}

/** How many filters differ from the defaults, for the "Clear filters" button and its label. */
export function activeFilterCount(filters: LibraryFilters): number {
  const statusesChanged =
    filters.statuses.length !== DEFAULT_FILTERS.statuses.length ||
    filters.statuses.some((status) => !DEFAULT_FILTERS.statuses.includes(status))
  return [
    filters.partnerId !== '',
    filters.topic !== '',
    statusesChanged,
    filters.marking !== '',
    filters.review.length > 0,
    filters.translation.length > 0
  ].filter(Boolean).length
}

// Two letters or digits in a row, combining accents between them allowed (`é` may be typed as
// `e` and its accent).
const TWO_LETTERS = /[\p{L}\p{N}]\p{M}*[\p{L}\p{N}]/u

/**
 * Whether every word typed is a single letter. The index finds a word from its first two letters
 * (MIN_PREFIX_LENGTH in src/main/core/search/vocabulary.ts: one letter would stand for a good part
 * of the vocabulary), so such a query finds only items holding that very one-letter word, and
 * usually nothing while the officer is still typing.
 */
export function onlySingleLetters(query: string): boolean {
  return query.trim() !== '' && !TWO_LETTERS.test(query)
}
