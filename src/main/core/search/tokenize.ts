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

// Real text repeats its words, so each word with capitals or accents is folded once.
const MAX_FOLDED = 50_000
const folded = new Map<string, string>()

function foldWord(word: string): string {
  let result = folded.get(word)
  if (result === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear()
    result = foldText(word)
    folded.set(word, result)
  }
  return result
}

/** Calls `visit` with each folded word of a text, in order, stop-words left out. */
export function forEachWord(text: string, visit: (word: string) => void): void {
  const length = text.length
  let start = -1
  let plain = true
  for (let index = 0; index <= length; index += 1) {
    let kind = SEPARATOR
    let width = 1
    if (index < length) {
      const code = text.charCodeAt(index)
      if (code < 128) kind = ASCII[code] ?? SEPARATOR
      else {
        const codePoint = text.codePointAt(index) ?? code
        if (codePoint > 0xffff) width = 2
        kind = classifyNonAscii(codePoint)
      }
    }
    if (kind === SEPARATOR) {
      if (start >= 0) {
        const raw = text.slice(start, index)
        const word = plain ? raw : foldWord(raw)
        if (!STOP_WORDS.has(word)) visit(word)
        start = -1
        plain = true
      }
    } else {
      if (start < 0) start = index
      if (kind !== LOWER_OR_DIGIT) plain = false
    }
    index += width - 1
  }
}

/** The distinct folded words of a text (a query), stop-words left out, in order. */
export function tokenize(text: string): string[] {
  const words = new Set<string>()
  forEachWord(text, (word) => words.add(word))
  return [...words]
}
