import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LibrarySearchResult } from '@shared/operations'
import { fail, ok } from '@shared/result'
import { prefetchFirstPage, searchPage } from '@renderer/features/library/browse/use-library-search'
import { DEFAULT_BROWSE, toSearchInput } from '@renderer/features/library/browse/search-input'

// The library's first page, asked for while the app starts: used once, by the same request only.

afterEach(() => {
  vi.unstubAllGlobals()
})

const EMPTY: LibrarySearchResult = { total: 0, hits: [] }
const opening = toSearchInput(DEFAULT_BROWSE)

function bridge(answers: Array<ReturnType<typeof ok> | ReturnType<typeof fail>>) {
  const search = vi.fn(async () => answers.shift() ?? ok(EMPTY))
  vi.stubGlobal('window', { dossier: { 'library.search': search } })
  return search
}

describe('the first page asked for at start-up', () => {
  it('answers the first same request, once: the next asks the app again', async () => {
    const search = bridge([ok({ total: 7, hits: [] }), ok({ total: 8, hits: [] })])
    prefetchFirstPage(opening)
    expect(search).toHaveBeenCalledTimes(1)
    expect(await searchPage(opening, 0)).toEqual(ok({ total: 7, hits: [] }))
    expect(search).toHaveBeenCalledTimes(1)
    expect(await searchPage(opening, 0)).toEqual(ok({ total: 8, hits: [] }))
    expect(search).toHaveBeenCalledTimes(2)
  })

  it('is dropped when the library first asks something else', async () => {
    const search = bridge([ok({ total: 7, hits: [] }), ok({ total: 2, hits: [] }), ok({ total: 9, hits: [] })])
    prefetchFirstPage(opening)
    expect(await searchPage({ ...opening, query: 'visa' }, 0)).toEqual(ok({ total: 2, hits: [] }))
    // Later, the opening request is asked anew: never answered from the start-up's old page.
    expect(await searchPage(opening, 0)).toEqual(ok({ total: 9, hits: [] }))
    expect(search).toHaveBeenNthCalledWith(3, { ...opening, offset: 0, limit: 30 })
  })

  it('uses a page the window asked for already, only if it is the same request', async () => {
    const search = bridge([ok({ total: 4, hits: [] })])
    const early = { request: { ...opening, offset: 0, limit: 30 }, answer: Promise.resolve(ok({ total: 9, hits: [] })) }
    prefetchFirstPage(opening, early)
    expect(search).not.toHaveBeenCalled()
    expect(await searchPage(opening, 0)).toEqual(ok({ total: 9, hits: [] }))
    // Asked with other words: that answer is not the opening page's, which is asked for.
    prefetchFirstPage(opening, { ...early, request: { ...early.request, query: 'visa' } })
    expect(search).toHaveBeenCalledTimes(1)
    expect(await searchPage(opening, 0)).toEqual(ok({ total: 4, hits: [] }))
  })

  it('is asked for again when it failed', async () => {
    const search = bridge([fail('data-locked', 'Locked.'), ok({ total: 3, hits: [] })])
    prefetchFirstPage(opening)
    expect(await searchPage(opening, 0)).toEqual(ok({ total: 3, hits: [] }))
    expect(search).toHaveBeenCalledTimes(2)
  })
})
