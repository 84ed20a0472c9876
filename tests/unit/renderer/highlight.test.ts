import { describe, expect, it } from 'vitest'
import { hasMatch, highlightParts, snippetAround } from '@renderer/features/library/browse/highlight'

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .filter((part) => part.match)
    .map((part) => part.text)

describe('highlighting search matches', () => {
  it('marks an accented, capitalized word for an unaccented term, keeping the text as written', () => {
    expect(marked("Économie régionale et l'économie du Canada", ['economie'])).toEqual(['Économie', 'économie'])
    const parts = highlightParts("Le Canada soutient l'économie régionale.", ['economie'])
    expect(parts.map((part) => part.text).join('')).toBe("Le Canada soutient l'économie régionale.")
  })

  it('marks words that start with a term (prefix search), not words that merely contain it', () => {
    expect(marked('Regional economy and the economies of scale', ['econ'])).toEqual(['economy', 'economies'])
    expect(marked('Socioeconomic factors', ['econ'])).toEqual([])
  })

  it('folds ligatures and typographic apostrophes as the index does', () => {
    expect(marked('Au cœur de la relation', ['coeur'])).toEqual(['cœur'])
    expect(marked('Le droit d’asile', ['asile'])).toEqual(['asile'])
    // The elided article of a term is not a word to mark: "d" would mark "droit" too.
    expect(marked('Le droit d’asile', ["d'asile"])).toEqual(['asile'])
  })

  it('leaves text without terms whole', () => {
    expect(highlightParts('Plain text', [])).toEqual([{ text: 'Plain text', match: false }])
    expect(hasMatch('Plain text', ['zebra'])).toBe(false)
  })
})

describe('a snippet around the first match', () => {
  const long = `${'Opening words that say nothing in particular. '.repeat(10)}Here the économie is discussed. ${'Closing words. '.repeat(10)}`

  it('shows the match even when it is deep in a long text, cut at words with ellipses', () => {
    const snippet = snippetAround(long, ['economie'], 120)
    expect(snippet).toContain('économie')
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet.length).toBeLessThanOrEqual(122)
  })

  it('starts at the beginning when nothing matches', () => {
    expect(snippetAround(long, [], 60).startsWith('Opening words')).toBe(true)
  })
})
