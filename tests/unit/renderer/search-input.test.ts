import { describe, expect, it } from 'vitest'
import {
  activeFilterCount,
  DEFAULT_BROWSE,
  DEFAULT_FILTERS,
  onlySingleLetters,
  toSearchInput
} from '@renderer/features/library/browse/search-input'

describe('what the browse view asks the search for', () => {
  it('lists every kind by title, retired items left out, when nothing is typed', () => {
    expect(toSearchInput(DEFAULT_BROWSE)).toEqual({ query: '', statuses: ['draft', 'approved'], sort: 'title' })
  })

  it('sorts by relevance once words are typed, trimmed, within the tab kind', () => {
    expect(toSearchInput({ ...DEFAULT_BROWSE, tab: 'keyMessage', query: '  economie ' })).toEqual({
      query: 'economie',
      kinds: ['keyMessage'],
      statuses: ['draft', 'approved'],
      sort: 'relevance'
    })
  })

  it('combines every filter given with the search', () => {
    const input = toSearchInput({
      tab: 'irritant',
      query: 'visa',
      filters: {
        partnerId: 'partner-mexico',
        topic: 'visas',
        statuses: ['approved', 'retired'],
        marking: 'PROTECTED A',
        review: ['overdue'],
        translation: ['needs-update']
      }
    })
    expect(input).toEqual({
      query: 'visa',
      kinds: ['irritant'],
      partnerId: 'partner-mexico',
      topic: 'visas',
      statuses: ['approved', 'retired'],
      marking: 'PROTECTED A',
      review: ['overdue'],
      translation: ['needs-update'],
      sort: 'relevance'
    })
  })

  it('asks Needs review for overdue and soon-due items and translations to update, oldest first, whatever the review filter', () => {
    const input = toSearchInput({
      ...DEFAULT_BROWSE,
      tab: 'needs-review',
      filters: { ...DEFAULT_FILTERS, review: ['current'] }
    })
    expect(input).toEqual({
      query: '',
      statuses: ['draft', 'approved'],
      needsReview: true,
      sort: 'review-by'
    })
  })

  it('reads no status ticked as any status, not as nothing', () => {
    expect(toSearchInput({ ...DEFAULT_BROWSE, filters: { ...DEFAULT_FILTERS, statuses: [] } }).statuses).toEqual([
      'draft',
      'approved',
      'retired'
    ])
  })

  it('counts the filters changed from the defaults', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0)
    expect(activeFilterCount({ ...DEFAULT_FILTERS, statuses: ['approved', 'draft'] })).toBe(0)
    expect(activeFilterCount({ ...DEFAULT_FILTERS, topic: 'asylum', statuses: ['retired'] })).toBe(2)
    expect(activeFilterCount({ ...DEFAULT_FILTERS, translation: ['one-language'] })).toBe(1)
  })
})

describe('a query of single letters', () => {
  it('is one whose every word is a letter or a digit, accents included', () => {
    expect(['m', ' M ', 'é', 'e\u0301', "l'a", 'm é 5', '-a-'].map(onlySingleLetters)).toEqual(Array(7).fill(true))
  })

  it('is not a blank query, nor one with a word of two letters or more', () => {
    expect(['', '   ', 'mi', 'm mi', 'é5', 'e\u0301t', '日本'].map(onlySingleLetters)).toEqual(Array(7).fill(false))
  })
})
