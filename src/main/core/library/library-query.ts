import type { LibraryItem, LibraryKind, ListedItem } from '@shared/entities'
import { LIBRARY_KINDS } from '@shared/entities'
import type { Language } from '@shared/languages'
import type { searchLibraryInput } from '@shared/library-inputs'
import type { LibraryHit, LibrarySearchResult } from '@shared/operations'
import { reviewState } from '@shared/review'
import { recordTranslation } from '@shared/align-records'
import type { TranslationFilter } from '@shared/library-inputs'
import type { z } from 'zod'
import type { Store } from '../../store'
import type { LibraryIndex, LibraryRef } from './library-index'
import { contentOf } from './item-content'

type Query = z.output<typeof searchLibraryInput>

/** How the item's translation stands, in the terms of the translation filter. */
function translationFilters(item: LibraryItem): TranslationFilter[] {
  const { needsUpdate, missing } = recordTranslation(item)
  return [
    ...(needsUpdate.length > 0 ? ['needs-update' as const] : []),
    ...(missing.length > 0 ? ['one-language' as const] : [])
  ]
}

/** Whether an item passes every filter the query sets (search terms aside). */
function matchesFilters(kind: LibraryKind, item: LibraryItem, query: Query, today: string): boolean {
  if (!query.statuses.includes(item.status)) return false
  if (query.topic && !item.topics.includes(query.topic)) return false
  if (query.marking && item.marking !== query.marking) return false
  if (query.review && !query.review.includes(reviewState(item.reviewBy, today))) return false
  if (query.translation && !translationFilters(item).some((state) => query.translation?.includes(state))) return false
  if (query.needsReview) {
    const due = reviewState(item.reviewBy, today) !== 'current'
    if (!due && !translationFilters(item).includes('needs-update')) return false
  }
  if (query.partnerId) {
    const linked =
      kind === 'partner'
        ? item.id === query.partnerId
        : 'partnerIds' in item && item.partnerIds.includes(query.partnerId)
    if (!linked) return false
  }
  return true
}

/**
 * Searches and filters the library. Without words, lists every item that passes the filters;
 * with words, only the matches, best first unless another order is asked for. Answers one page
 * (`offset`, `limit`) and the total, so a list of 20,000 items sends only the cards on screen.
 */
export function searchLibrary(
  store: Store,
  index: LibraryIndex,
  query: Query,
  today: string,
  language: Language
): LibrarySearchResult {
  const kinds = new Set(query.kinds ?? LIBRARY_KINDS)
  const words = query.query.trim()
  const end = query.offset + query.limit
  const passes = (kind: LibraryKind, id: string, indexed: LibraryItem | undefined): boolean => {
    const item = indexed ?? store.library.get(kind, id)
    return item !== undefined && matchesFilters(kind, item, query, today)
  }
  // All that `passes` reads besides the item: the index keeps its answers while these stay the
  // same, as they do while the officer types (LibrarySearchOptions.filterKey).
  const { query: _words, sort: _sort, offset: _offset, limit: _limit, ...filters } = query
  const filterKey = JSON.stringify([filters, today])
  const hitOf = (kind: LibraryKind, id: string, terms: string[]): LibraryHit[] => {
    const item = store.library.get(kind, id)
    if (!item) return []
    return [{ kind, item: contentOf(item) as ListedItem, terms, review: reviewState(item.reviewBy, today) }]
  }

  // Best first: the index keeps the best `end` matches and counts the rest.
  if (words !== '' && query.sort === 'relevance') {
    const found = index.query(words, passes, [...kinds], { limit: end, filterKey })
    return {
      total: found.total,
      hits: found.hits.slice(query.offset).flatMap((hit) => hitOf(hit.kind, hit.id, hit.terms))
    }
  }

  // In title order (the library's, worked out once per change) or by review date: every match is
  // counted, and the words that matched are worked out for the page shown only.
  let accept: (ref: LibraryRef) => boolean
  if (words === '') {
    accept = ({ kind, item }) => kinds.has(kind) && matchesFilters(kind, item, query, today)
  } else {
    const found = new Set(
      index
        .query(words, passes, [...kinds], { limit: Number.MAX_SAFE_INTEGER, terms: false, filterKey })
        .hits.map((hit) => `${hit.kind}:${hit.id}`)
    )
    accept = ({ kind, item }) => found.has(`${kind}:${item.id}`)
  }
  let page: LibraryRef[]
  let total: number
  if (query.sort === 'review-by') {
    const matches = index.inTitleOrder(language).filter(accept)
    // Stable: items due the same day stay in title order. ISO dates compare as strings.
    matches.sort((a, b) => (a.item.reviewBy < b.item.reviewBy ? -1 : a.item.reviewBy > b.item.reviewBy ? 1 : 0))
    page = matches.slice(query.offset, end)
    total = matches.length
  } else {
    const inOrder = index.firstInTitleOrder(language, end, accept)
    page = inOrder.first.slice(query.offset)
    total = inOrder.total
  }
  const terms = words === '' ? new Map<string, string[]>() : index.termsOf(words, page)
  return {
    total,
    hits: page.flatMap(({ kind, item }) => hitOf(kind, item.id, terms.get(`${kind}:${item.id}`) ?? []))
  }
}
