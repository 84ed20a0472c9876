import type { TFunction } from 'i18next'
import type { SearchLibraryInput } from '@shared/library-inputs'

/**
 * What the heading above the results says: how many, of what, for which words. It describes
 * the search that was answered, so it never labels old results with a newer tab's name.
 */
export function countText(t: TFunction, answered: SearchLibraryInput, total: number): string {
  const words = (answered.query ?? '').trim()
  const kind = answered.kinds?.length === 1 ? answered.kinds[0] : undefined
  // Only the Needs review tab sorts by review date.
  if (answered.sort === 'review-by') return t('search.needsReviewCount', { count: total })
  if (words !== '') return t('search.resultCount', { count: total, query: words })
  if (kind === undefined) return t('search.itemCount', { count: total })
  return t(`library.count.${kind}`, { count: total })
}
