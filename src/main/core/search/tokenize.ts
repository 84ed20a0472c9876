import { foldText } from '@shared/fold-text'
import { STOP_WORDS } from './stop-words'

// The tokenizer runs over every word of the library when the index is built (about 4 million
// words for 20,000 items), so it scans characters itself: folding and splitting whole texts
// with Unicode regular expressions took 1.8 s of a 1.5 s budget. A word is a run of letters,
// digits and combining marks; anything else (spaces, punctuation, apostrophes, hyphens)
// separates words, which splits French elisions: `l'asile` gives `l` (a stop-word) and `asile`.

const SEPARATOR = 0
const LOWER_OR_DIGIT = 1
const UPPER = 2
const OTHER_WORD_CHAR = 3

const ASCII = new Uint8Array(128)
for (let code = 0; code < 128; code += 1) {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) ASCII[code] = LOWER_OR_DIGIT
  else if (code >= 65 && code <= 90) ASCII[code] = UPPER
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u
const nonAsciiClass = new Map<number, number>()

function classifyNonAscii(codePoint: number): number {
  let kind = nonAsciiClass.get(codePoint)
  if (kind === undefined) {
    kind = WORD_CHAR.test(String.fromCodePoint(codePoint)) ? OTHER_WORD_CHAR : SEPARATOR
    nonAsciiClass.set(codePoint, kind)
  }
  return kind
}

// The hash starts from a number drawn at each start instead of FNV's usual one, so that no text
// can be written in advance to make many words share a hash (see written-words.ts).
const FNV_OFFSET = (Math.random() * 2 ** 32) | 0
const FNV_PRIME = 16777619

/**
 * Calls `visit` with where each word of a text is, as written (`text.slice(start, end)`), in
 * order, with a hash of its UTF-16 code units (FNV-1a) and whether it is plain (ASCII lowercase
 * letters and digits only: already folded). The index looks a word up by its place and hash,
 * without cutting it out of the text, and folds each distinct written form once (indexWord).
 */
export function forEachWordSpan(
  text: string,
  visit: (start: number, end: number, hash: number, plain: boolean) => void
): void {
  const length = text.length
  let start = -1
  let plain = true
  let hash = 0
  for (let index = 0; index <= length; index += 1) {
    let kind = SEPARATOR
    let width = 1
    let code = 0
    if (index < length) {
      code = text.charCodeAt(index)
      if (code < 128) kind = ASCII[code] ?? SEPARATOR
      else {
        const codePoint = text.codePointAt(index) ?? code
        if (codePoint > 0xffff) width = 2
        kind = classifyNonAscii(codePoint)
      }
    }
    if (kind === SEPARATOR) {
      if (start >= 0) {
        visit(start, index, hash, plain)
        start = -1
        plain = true
      }
    } else {
      if (start < 0) {
        start = index
        hash = FNV_OFFSET
      }
      if (kind !== LOWER_OR_DIGIT) plain = false
      hash = Math.imul(hash ^ code, FNV_PRIME)
      // The low half of a surrogate pair counts in the hash too.
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(index + 1), FNV_PRIME)
    }
    index += width - 1
  }
}

/**
 * Longer words are cut to this many letters, in the index and in queries alike. No word of either
 * language comes near it, and it bounds how deep the words' tree goes: text made of "a", "aa",
 * "aaa"... nests a branch per word, and MiniSearch walks its tree recursively (thousands deep,
 * a query ran out of stack).
 */
export const MAX_WORD_LENGTH = 64

/** A written word folded and cut to MAX_WORD_LENGTH, as the index and queries compare words. */
export function foldWord(raw: string, plain: boolean): string {
  const folded = plain ? raw : foldText(raw)
  if (folded.length <= MAX_WORD_LENGTH) return folded
  // Not between the two halves of a character outside the Basic Multilingual Plane.
  const last = folded.charCodeAt(MAX_WORD_LENGTH - 1)
  return folded.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_WORD_LENGTH - 1 : MAX_WORD_LENGTH)
}

/** The indexed form of a written word: folded, cut to MAX_WORD_LENGTH; null for a stop-word. */
export function indexWord(raw: string, plain: boolean): string | null {
  const word = foldWord(raw, plain)
  return STOP_WORDS.has(word) ? null : word
}

/** A word of a query, folded. */
export interface QueryWord {
  word: string
  /**
   * True for a stop-word the query ends in: the officer may still be typing it (`as` on the way
   * to `asylum`, `se` to `sécurité`), so it stands for the longer words it starts, as any last
   * word does, though never for itself.
   */
  prefixOnly: boolean
}

/**
 * The distinct words of a query, in order, stop-words left out but for the last word when the
 * query ends inside it (no space or punctuation after it): a search box searches as the officer
 * types, and a stop-word there is often the start of the word being typed.
 */
export function queryWords(text: string): QueryWord[] {
  const words = new Map<string, boolean>()
  forEachWordSpan(text, (start, end, _hash, plain) => {
    const word = foldWord(text.slice(start, end), plain)
    if (!STOP_WORDS.has(word)) words.set(word, false)
    else if (end === text.length) words.set(word, true)
  })
  return [...words].map(([word, prefixOnly]) => ({ word, prefixOnly }))
}
