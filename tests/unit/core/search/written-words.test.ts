import { describe, expect, it } from 'vitest'
import { forEachWordSpan } from '../../../../src/main/core/search/tokenize'
import { WrittenWords } from '../../../../src/main/core/search/written-words'

/** Numbers words in the order they are first met, as the index does. */
function numbering(): { number: (written: string) => number; given: string[] } {
  const given: string[] = []
  return {
    given,
    number: (written) => {
      given.push(written)
      return given.length - 1
    }
  }
}

/** FNV-1a of text[start, end)'s UTF-16 code units, from FNV's usual offset basis. */
function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
  return hash
}

describe('WrittenWords', () => {
  it('numbers each word once, found again by its place in any text', () => {
    const words = new WrittenWords()
    const { number, given } = numbering()
    const text = 'asile Asile asile réfugiés'
    expect(words.numberOf(text, 0, 5, 11, number)).toBe(0)
    expect(words.numberOf(text, 6, 11, 12, number)).toBe(1)
    expect(words.numberOf(text, 12, 17, 11, number)).toBe(0)
    expect(words.numberOf('les réfugiés', 4, 12, 13, number)).toBe(2)
    expect(words.numberOf(text, 18, 26, 13, number)).toBe(2)
    expect(given).toEqual(['asile', 'Asile', 'réfugiés'])
  })

  it('keeps every word apart when thousands share one hash, as hostile text could make them', () => {
    const words = new WrittenWords()
    const { number, given } = numbering()
    const texts = Array.from({ length: 5_000 }, (_, index) => `word${index}`)
    const first = texts.map((text) => words.numberOf(text, 0, text.length, 42, number))
    const again = texts.map((text) => words.numberOf(text, 0, text.length, 42, number))
    expect(again).toEqual(first)
    expect(new Set(first).size).toBe(texts.length)
    expect(given).toHaveLength(texts.length)
  })

  it('finds every word again after the table and its pool of letters have grown many times', () => {
    const words = new WrittenWords()
    const { number, given } = numbering()
    // 20,000 distinct words of 9 to 13 letters, some accented: far past the first table (4,096
    // slots) and the first pool (16,384 letters). Hashed as the scan hashes them, but from FNV's
    // usual start instead of the scan's random one: with a random start, one run in six or so
    // crowded a word past MAX_PROBES, which then rightly asked for its number again.
    const text = Array.from({ length: 20_000 }, (_, index) => `mot${index.toString(36)}é${'x'.repeat(index % 5)}`).join(
      ' '
    )
    const spans: Array<[number, number, number]> = []
    forEachWordSpan(text, (start, end) => spans.push([start, end, fnv1a(text, start, end)]))
    const lookUp = () => spans.map(([start, end, hash]) => words.numberOf(text, start, end, hash, number))
    const first = lookUp()
    expect(first).toEqual(Array.from({ length: 20_000 }, (_, index) => index))
    expect(lookUp()).toEqual(first)
    expect(given).toHaveLength(20_000)
    expect(given[19_999]).toBe(`mot${(19_999).toString(36)}é${'x'.repeat(19_999 % 5)}`)
  })

  it('forgets every word when cleared', () => {
    const words = new WrittenWords()
    const { number, given } = numbering()
    words.numberOf('okapi', 0, 5, 7, number)
    words.clear()
    expect(words.numberOf('okapi', 0, 5, 7, number)).toBe(1)
    expect(given).toEqual(['okapi', 'okapi'])
  })
})
