import { foldText } from '@shared/fold-text'

/** A run of text, marked when it is a word the search matched. */
export interface TextPart {
  text: string
  match: boolean
}

// Words are runs of letters and digits; apostrophes split them, as the search index does
// (so `l'économie` holds the word `économie`).
const WORD = /[\p{L}\p{N}]+/gu

/**
 * Folded terms split into the words the index knows (a term may arrive as `l'economie`). The
 * elided article left over (`l`, `d`) would mark every word starting with that letter, so a
 * one-letter piece of a longer term is dropped.
 */
function wordTerms(terms: readonly string[]): string[] {
  return terms.flatMap((term) => {
    const words = foldText(term).match(WORD) ?? []
    return words.length > 1 ? words.filter((word) => word.length > 1) : words
  })
}

/** True when a displayed word is one the search matched: its folded form starts with a term. */
export function wordMatches(word: string, terms: readonly string[]): boolean {
  const folded = foldText(word)
  return wordTerms(terms).some((term) => folded.startsWith(term))
}

/**
 * Splits text into plain and matched runs. Each word is folded on its own, so the text shown
 * is the original (accents and capitals kept) and folding can never shift an offset.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const words = wordTerms(terms)
  if (words.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }]
  const parts: TextPart[] = []
  let plain = ''
  let last = 0
  for (const found of text.matchAll(WORD)) {
    const start = found.index
    const word = found[0]
    const folded = foldText(word)
    if (!words.some((term) => folded.startsWith(term))) continue
    plain += text.slice(last, start)
    if (plain !== '') parts.push({ text: plain, match: false })
    plain = ''
    parts.push({ text: word, match: true })
    last = start + word.length
  }
  plain += text.slice(last)
  if (plain !== '') parts.push({ text: plain, match: false })
  return parts
}

/** True when any word of the text matches a term. */
export function hasMatch(text: string, terms: readonly string[]): boolean {
  return highlightParts(text, terms).some((part) => part.match)
}

/**
 * About `max` characters of text around its first match, cut at words and marked with
 * ellipses, so a result shows why it was found even when the match is deep in a long note.
 */
export function snippetAround(text: string, terms: readonly string[], max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const parts = highlightParts(flat, terms)
  const firstMatch = parts.findIndex((part) => part.match)
  const offset = parts.slice(0, Math.max(firstMatch, 0)).reduce((sum, part) => sum + part.text.length, 0)
  // Some words before the match give it context; the rest of the room goes after it.
  let start = Math.max(0, Math.min(offset - Math.floor(max / 4), flat.length - max))
  if (start > 0) {
    const space = flat.indexOf(' ', start)
    start = space === -1 || space > offset ? start : space + 1
  }
  let end = Math.min(flat.length, start + max)
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end)
    if (space > offset) end = space
  }
  const body = flat.slice(start, end).replace(/[\s,;:.]+$/, '')
  return `${start > 0 ? '…' : ''}${body}${end < flat.length ? '…' : ''}`
}
