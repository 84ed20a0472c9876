import type { SearchLibraryInput } from '@shared/library-inputs'
import type { LibrarySearchResult } from '@shared/operations'
import type { Result } from '@shared/result'
import { DEFAULT_BROWSE, toSearchInput } from './search-input'

// Without the api client, whose contract builds every schema as it loads: the window's first
// calls (early-calls.ts) ask for the library's first page before those are built.

/** Hits asked for at a time: a few screenfuls of cards, so scrolling rarely waits. */
export const SEARCH_PAGE_SIZE = 30

/** A search's request for one page of its answer. */
export type PageRequest = SearchLibraryInput & { offset: number; limit: number }

/** A page asked for ahead of the view that shows it: the request, and its answer on its way. */
export interface AskedPage {
  request: PageRequest
  answer: Promise<Result<LibrarySearchResult>>
}

/** The request for page `page` (from 0) of the answer to `input`. */
export function pageRequest(input: SearchLibraryInput, page: number): PageRequest {
  return { ...input, offset: page * SEARCH_PAGE_SIZE, limit: SEARCH_PAGE_SIZE }
}

/** The page the library shows as it opens: the first of the default list. */
export function openingPageRequest(): PageRequest {
  return pageRequest(toSearchInput(DEFAULT_BROWSE), 0)
}
