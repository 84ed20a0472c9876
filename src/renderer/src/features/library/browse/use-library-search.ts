import { useCallback, useLayoutEffect, useState } from 'react'
import type { SearchLibraryInput } from '@shared/library-inputs'
import type { LibraryHit } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { pageRequest, SEARCH_PAGE_SIZE } from './page-request'
import type { AskedPage, PageRequest } from './page-request'

/** The latest answer, page by page, and whether a newer search is still on its way. */
export interface SearchView {
  /** The search the answer shown is for; the words above the results describe this one. */
  answered: SearchLibraryInput | null
  /** How many items the answered search found; null before the first answer. */
  total: number | null
  error: ApiError | null
  /** True while the answer shown is not yet the one for the current input. */
  pending: boolean
  /** The hit at this position of the answer, once its page has arrived. */
  hitAt: (index: number) => LibraryHit | undefined
  /** Asks for the pages holding positions `start` to `end` (excluded) of the answer shown. */
  loadRange: (start: number, end: number) => void
}

interface Answer {
  key: string
  answered: SearchLibraryInput | null
  total: number | null
  pages: ReadonlyMap<number, LibraryHit[]>
  error: ApiError | null
}

const NO_ANSWER: Answer = { key: '', answered: null, total: null, pages: new Map(), error: null }

type PageResult = Awaited<ReturnType<(typeof api)['library.search']>>

// The library's first page as it opens, asked for while the app starts (prefetchFirstPage).
let prefetched: { request: string; answer: Promise<PageResult> } | null = null

/**
 * Asks for the library's first page as soon as start-up knows the library comes first, so the
 * answer is on its way while React draws the screen that wants it (a round trip and a render
 * saved). Only the first page the library then asks for may use it, and only if it is the same
 * request; an error is asked for again. `asked` is that page if the window's first calls asked
 * for it already (early-calls.ts): its answer is used rather than asking twice, if it is the same.
 */
export function prefetchFirstPage(input: SearchLibraryInput, asked: AskedPage | null = null): void {
  const request = pageRequest(input, 0)
  const key = JSON.stringify(request)
  const answer = asked !== null && JSON.stringify(asked.request) === key ? asked.answer : api['library.search'](request)
  prefetched = { request: key, answer }
}

/** The prefetched answer to `request`, once; every later request asks the api. */
function takePrefetched(request: PageRequest): Promise<PageResult> | null {
  const taken = prefetched
  prefetched = null
  if (taken === null || taken.request !== JSON.stringify(request)) return null
  return taken.answer.then((result) => (result.ok ? result : api['library.search'](request)))
}

/** One page of a search's answer: the prefetched one if it is the first asked and the same. */
export function searchPage(input: SearchLibraryInput, page: number): Promise<PageResult> {
  const request = pageRequest(input, page)
  return takePrefetched(request) ?? api['library.search'](request)
}

/**
 * Searches the library at every change of the input, with no pause: an answer takes a few
 * milliseconds, and waiting out a burst of typing cost more than it saved. One first page is on
 * its way at a time; a change made meanwhile is asked for when it comes back, so fast typing
 * never queues searches nobody will see, and an older answer never replaces a newer one.
 * Further pages are asked for as the list scrolls to them. `refreshKey` runs the same search
 * again, after an item was changed.
 */
export function useLibrarySearch(input: SearchLibraryInput, refreshKey = ''): SearchView {
  const key = `${refreshKey}|${JSON.stringify(input)}`
  const [answer, setAnswer] = useState<Answer>(NO_ANSWER)
  const [searcher] = useState(() => new Searcher(setAnswer))

  // Asked for before the browser paints the screen that wants it, not a frame after.
  useLayoutEffect(() => searcher.want(key), [searcher, key])

  const loadRange = useCallback(
    (start: number, end: number) => searcher.loadPages(answer, start, end),
    [searcher, answer]
  )
  const hitAt = useCallback(
    (index: number) => answer.pages.get(Math.floor(index / SEARCH_PAGE_SIZE))?.[index % SEARCH_PAGE_SIZE],
    [answer]
  )
  return {
    answered: answer.answered,
    total: answer.total,
    error: answer.error,
    pending: answer.key !== key,
    hitAt,
    loadRange
  }
}

/** The requests behind useLibrarySearch: which search is wanted, which is on its way, which pages were asked for. */
class Searcher {
  private wanted = ''
  private inFlight: string | null = null
  private pagesAsked = new Set<string>()

  constructor(private readonly setAnswer: (update: Answer | ((current: Answer) => Answer)) => void) {}

  want(key: string): void {
    this.wanted = key
    if (this.inFlight === null) this.ask(key)
  }

  loadPages(shown: Answer, start: number, end: number): void {
    const { key, total } = shown
    if (total === null || key !== this.wanted) return
    const last = Math.min(end, total)
    for (let page = Math.floor(start / SEARCH_PAGE_SIZE); page * SEARCH_PAGE_SIZE < last; page += 1) {
      const asked = `${key}#${page}`
      if (this.pagesAsked.has(asked)) continue
      this.pagesAsked.add(asked)
      void this.search(key, page).then((result) => {
        // A page that failed is asked for again when the list next scrolls over it.
        if (!result.ok) this.pagesAsked.delete(asked)
        else
          this.setAnswer((current) =>
            current.key === key ? { ...current, pages: new Map(current.pages).set(page, result.value.hits) } : current
          )
      })
    }
  }

  private ask(key: string): void {
    this.inFlight = key
    void this.search(key, 0).then((result) => {
      this.inFlight = null
      if (key !== this.wanted) return this.ask(this.wanted)
      this.pagesAsked = new Set([`${key}#0`])
      const answered = requestOf(key)
      this.setAnswer(
        result.ok
          ? { key, answered, total: result.value.total, pages: new Map([[0, result.value.hits]]), error: null }
          : { key, answered, total: null, pages: new Map(), error: result.error }
      )
    })
  }

  private search(key: string, page: number): Promise<PageResult> {
    return searchPage(requestOf(key), page)
  }
}

function requestOf(key: string): SearchLibraryInput {
  return JSON.parse(key.slice(key.indexOf('|') + 1)) as SearchLibraryInput
}
