import type { LibraryItem, LibraryKind } from '@shared/entities'
import { itemTitle, LIBRARY_KINDS } from '@shared/entities'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import type { searchLibraryInput } from '@shared/library-inputs'
import type { LibraryHit, LibrarySearchResult } from '@shared/operations'
import { reviewState } from '@shared/review'
import { recordTranslation } from '@shared/align-records'
import type { TranslationFilter } from '@shared/library-inputs'
import type { z } from 'zod'
import type { Store } from '../../store'
import type { LibraryIndex } from './library-index'

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
 * with words, only the matches, best first unless another order is asked for.
 */
export function searchLibrary(
  store: Store,
  index: LibraryIndex,
  query: Query,
  today: string,
  language: Language
): LibrarySearchResult {
  const kinds = query.kinds ?? [...LIBRARY_KINDS]
  const passes = (kind: LibraryKind, id: string): boolean => {
    const item = store.library.get(kind, id)
    return item !== undefined && kinds.includes(kind) && matchesFilters(kind, item, query, today)
  }

  let hits: LibraryHit[]
  if (query.query.trim() === '') {
    hits = kinds.flatMap((kind) =>
      store.library
        .list(kind)
        .filter((item) => matchesFilters(kind, item, query, today))
        .map((item) => ({ kind, item, terms: [], review: reviewState(item.reviewBy, today) }))
    )
  } else {
    hits = index.query(query.query, passes, kinds).flatMap((hit) => {
      const item = store.library.get(hit.kind, hit.id)
      return item ? [{ kind: hit.kind, item, terms: hit.terms, review: reviewState(item.reviewBy, today) }] : []
    })
  }

  const sort = query.sort === 'relevance' && query.query.trim() === '' ? 'title' : query.sort
  if (sort === 'title') {
    const title = (hit: LibraryHit): string => pick(itemTitle(hit.kind, hit.item), language)
    const collator = new Intl.Collator(language === 'fr' ? 'fr-CA' : 'en-CA', { sensitivity: 'base' })
    hits.sort((a, b) => collator.compare(title(a), title(b)))
  } else if (sort === 'review-by') {
    hits.sort((a, b) => a.item.reviewBy.localeCompare(b.item.reviewBy))
  }
  return { total: hits.length, hits: hits.slice(0, query.limit) }
}
