import { useEffect, useState } from 'react'
import type { Marking } from '@shared/markings'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import type { BundleFilter, KindCounts } from './bundle-filter'
import { countBundle, countSearch, NO_ITEMS } from './bundle-filter'

/** How many items a bundle would carry: still counting, the counts, or why they are unknown. */
export type BundleCount =
  | { state: 'counting' }
  | { state: 'ready'; counts: KindCounts; /** More items exist than one count can list. */ atLeast: boolean }
  | { state: 'failed'; error: ApiError }

/** Counts the items the filter matches up to the ceiling, again whenever either changes; `empty` skips the search. */
export function useBundleCount(filter: BundleFilter, empty: boolean, ceiling: Marking): BundleCount {
  // Each answer is kept with the filter it counted, so an answer to an earlier filter never shows.
  const [answer, setAnswer] = useState<{ key: string; count: BundleCount } | null>(null)
  const key = JSON.stringify({ filter, ceiling })

  useEffect(() => {
    if (empty) return
    let current = true
    const asked = JSON.parse(key) as { filter: BundleFilter; ceiling: Marking }
    void api['library.search'](countSearch(asked.filter)).then((result) => {
      if (!current) return
      const count: BundleCount = result.ok
        ? {
            state: 'ready',
            counts: countBundle(result.value.hits, asked.filter, asked.ceiling),
            atLeast: result.value.total > result.value.hits.length
          }
        : { state: 'failed', error: result.error }
      setAnswer({ key, count })
    })
    return () => {
      current = false
    }
  }, [key, empty])

  if (empty) return { state: 'ready', counts: NO_ITEMS, atLeast: false }
  return answer?.key === key ? answer.count : { state: 'counting' }
}
