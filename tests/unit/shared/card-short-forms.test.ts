import { describe, expect, it } from 'vitest'
import type { LibraryLookup } from '@shared/brief-rules'
import { firstSentenceCounts } from '@shared/card-short-forms'
import type { Irritant, KeyMessage, LibraryItemByKind, LibraryKind } from '@shared/entities'
import { defaultLibrary } from '../core/export/fixtures'

// How many items the pocket card prints as a first sentence: what the export dialog tells.

const { lookup, mexico } = defaultLibrary()
const SHORT = { en: 'Short.', fr: 'Court.' }

/** The library with a short form on every key message and every responsive line. */
const shortened: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => {
  const item = lookup(kind, id)
  if (kind === 'keyMessage' && item) return { ...(item as KeyMessage), shortForm: SHORT } as LibraryItemByKind[K]
  if (kind === 'irritant' && item) {
    const irritant = item as Irritant
    const lines = irritant.responsiveLines.map((line) => ({ ...line, shortForm: SHORT }))
    return { ...irritant, responsiveLines: lines } as LibraryItemByKind[K]
  }
  return item
}

describe('first sentences on the pocket card', () => {
  it('counts every key message and included line of the Mexico example, none having a short form', () => {
    expect(firstSentenceCounts(mexico, lookup, ['en'])).toEqual({ keyMessages: 6, lines: 10 })
  })

  it('counts only what the brief edited once the library has short forms, and a language left empty', () => {
    // The first key message is edited in the brief: its short form would not say the edit.
    expect(firstSentenceCounts(mexico, shortened, ['en', 'fr'])).toEqual({ keyMessages: 1, lines: 0 })
    const englishOnly: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => {
      const item = shortened(kind, id)
      return kind === 'keyMessage' && item
        ? ({ ...(item as KeyMessage), shortForm: { en: 'Short.', fr: '' } } as LibraryItemByKind[K])
        : item
    }
    expect(firstSentenceCounts(mexico, englishOnly, ['en'])).toEqual({ keyMessages: 1, lines: 0 })
    expect(firstSentenceCounts(mexico, englishOnly, ['en', 'fr'])).toEqual({ keyMessages: 6, lines: 0 })
  })
})
