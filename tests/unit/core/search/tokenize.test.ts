import { describe, expect, it } from 'vitest'
import { forEachWordSpan, queryWords } from '../../../../src/main/core/search/tokenize'

/** The words of a text as the scan cuts them, written as they are, with whether each is plain. */
function words(text: string): [string, boolean][] {
  const found: [string, boolean][] = []
  forEachWordSpan(text, (start, end, _hash, plain) => found.push([text.slice(start, end), plain]))
  return found
}

describe('forEachWordSpan', () => {
  it('cuts words at anything that is not a letter, a digit or a combining mark', () => {
    expect(words("l'asile, réfugiés\u00a0— Cafe\u0301 « 2026 »")).toEqual([
      ['l', true],
      ['asile', true],
      ['réfugiés', false],
      ['Cafe\u0301', false],
      ['2026', true]
    ])
  })

  it('reads letters and digits of other scripts, and of characters beyond 16 bits, as word characters', () => {
    // Arabic letters, Arabic-Indic digits, Hebrew, a mathematical letter (two UTF-16 units).
    expect(words('مرحبا ٢٠٢٦ שלום 𝔸b').map(([word]) => word)).toEqual(['مرحبا', '٢٠٢٦', 'שלום', '𝔸b'])
  })

  it('takes emoji and lone surrogate halves for separators', () => {
    expect(words('visa🇨🇦délais\ud800x\udc00y').map(([word]) => word)).toEqual(['visa', 'délais', 'x', 'y'])
  })

  it('answers the same for a character met again, in another text', () => {
    expect(words('été')).toEqual([['été', false]])
    expect(words('ÉTÉ été')).toEqual([
      ['ÉTÉ', false],
      ['été', false]
    ])
  })
})

describe('queryWords', () => {
  const plain = (words: string[]) => words.map((word) => ({ word, prefixOnly: false }))

  it('folds words, drops stop-words and keeps each once', () => {
    expect(queryWords("L'Asile des réfugiés, l'asile")).toEqual(plain(['asile', 'refugies']))
  })

  it('keeps a stop-word the query ends in, as the start of a word being typed', () => {
    expect(queryWords('as')).toEqual([{ word: 'as', prefixOnly: true }])
    expect(queryWords('migration AS')).toEqual([...plain(['migration']), { word: 'as', prefixOnly: true }])
    expect(queryWords('visas Sé')).toEqual([...plain(['visas']), { word: 'se', prefixOnly: true }])
  })

  it('drops a stop-word followed by anything but letters, or not last', () => {
    expect(queryWords('as ')).toEqual([])
    expect(queryWords('migration as,')).toEqual(plain(['migration']))
    expect(queryWords("l'asile")).toEqual(plain(['asile']))
    expect(queryWords('as migration')).toEqual(plain(['migration']))
  })
})
