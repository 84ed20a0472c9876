import { useEffect, useRef, useState } from 'react'
import type { SearchLibraryInput } from '@shared/library-inputs'
import type { LibrarySearchResult } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'

/** Long enough to wait out a burst of typing, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 120

/** The latest answer, and whether a newer search is still on its way. */
export interface SearchView {
  /** The search the answer shown is for; the words above the results describe this one. */
  answered: SearchLibraryInput | null
  result: LibrarySearchResult | null
  error: ApiError | null
  /** True while the answer shown is not yet the one for the current input. */
  pending: boolean
}

interface Answer {
  key: string
  answered: SearchLibraryInput | null
  result: LibrarySearchResult | null
  error: ApiError | null
}

/**
 * Searches the library as the input changes, after a short pause. Answers can arrive out of
 * order (a short query takes longer than the longer one typed after it); only the answer to
 * the latest search is kept, so the list never jumps back to an older query.
 * `refreshKey` runs the same search again, after an item was changed.
 */
export function useLibrarySearch(input: SearchLibraryInput, refreshKey = ''): SearchView {
  const key = `${refreshKey}|${JSON.stringify(input)}`
  const [answer, setAnswer] = useState<Answer>({ key: '', answered: null, result: null, error: null })
  const latest = useRef(0)

  useEffect(() => {
    const ticket = ++latest.current
    const request = JSON.parse(key.slice(key.indexOf('|') + 1)) as SearchLibraryInput
    const timer = setTimeout(() => {
      void api['library.search'](request).then((result) => {
        if (ticket !== latest.current) return
        setAnswer(
          result.ok
            ? { key, answered: request, result: result.value, error: null }
            : { key, answered: request, result: null, error: result.error }
        )
      })
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [key])

  return { answered: answer.answered, result: answer.result, error: answer.error, pending: answer.key !== key }
}
