import type { Language } from '@shared/languages'

// Text is typed by officers, pasted from e-mail and Word, and drawn from the dictionary in
// words.ts, each with its own habits. Every run of an export passes through here once, just
// before it is written, so a document follows one set of rules whatever its text came from.
//
// French follows the Translation Bureau's rules for Canadian French: a no-break space before
// the colon and inside « », no space at all before ; ? ! (France's thin spaces are not used in
// Canada), times as "9 h 30", digit groups held together by no-break spaces ("8 900 km").
// English: no space before the colon. Both: the typographic apostrophe (’), so a bilingual
// document has one apostrophe style. A web or e-mail address is left exactly as written.

export const NBSP = '\u00A0'

// An ordinary, no-break or narrow no-break space: whichever was typed, the rule decides.
const SPACE = '[ \\u00A0\\u202F]'
// An address ends before a quote that closes around it ("https://canada.ca").
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|www\.)[^\s"”»]+/giu

const APOSTROPHE = /(?<=[\p{L}\p{N}])'/gu
// A single quote opening a quotation ('word'), so the closing one turned into ’ is not left alone.
const OPENING_QUOTE = /(^|[\s(«“[])'(?=\p{L})/gu

// A colon is punctuation when a space or the end follows it; "https://", "10:30" and "C:\" are not.
const COLON_AFTER_TEXT = new RegExp(`(\\S)${SPACE}*:(?=\\s|$)`, 'gu')
const COLON_AFTER_SPACE = new RegExp(`^${SPACE}+:(?=\\s|$)`, 'gu')
const FRENCH_COLON = `${NBSP}:`
const ENGLISH_SPACED_COLON = new RegExp(`(^|\\S)${SPACE}+:(?=\\s|$)`, 'gu')

// "Quoi ? »" becomes "Quoi? »"; a mark standing alone after an opening sign keeps its space.
const SPACE_BEFORE_MARK = new RegExp(`([^\\s«([])${SPACE}+([;?!])`, 'gu')
// A piece of text may start with the space: after an address, or when a run begins with it.
const LEADING_SPACE_BEFORE_MARK = new RegExp(`^${SPACE}+(?=[;?!])`, 'gu')
// A run may end right after « or start right before » when the quoted words are in bold.
const AFTER_OPENING_GUILLEMET = new RegExp(`«${SPACE}*(?=\\S|$)`, 'gu')
const BEFORE_CLOSING_GUILLEMET = new RegExp(`(?<=\\S|^)${SPACE}*»`, 'gu')

// 10:30 or 9:05 standing alone (not 10:30:15, not a reference such as 3.10:30).
const CLOCK_TIME = /(?<![\d:.,/])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/gu
// "9h30", "9 h 30", "14 h": the spaces a French time already has, made no-break; "3 heures" is not one.
const TYPED_FRENCH_TIME = new RegExp(
  `(?<![\\d])([01]?\\d|2[0-3])${SPACE}?h(?:${SPACE}?([0-5]\\d))?(?![\\p{L}\\d])`,
  'gu'
)
// "8 900" and "1 250 000": groups of three after a first group of one to three digits.
const DIGIT_GROUPS = new RegExp(`(?<![\\d.,])\\d{1,3}(?:${SPACE}\\d{3})+(?![\\d])`, 'gu')
const NUMBER_AND_UNIT = new RegExp(`(?<=\\d)${SPACE}(?=(?:%|\\$|€|(?:km|kg|M\\$|G\\$)(?![\\p{L}])))`, 'gu')

/** A time of day as Canadian French writes it: "9 h 30", "10 h". */
export function frenchTime(hours: number, minutes: string): string {
  return minutes === '00' ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${minutes}`
}

function apostrophes(text: string): string {
  return text.includes("'") ? text.replace(OPENING_QUOTE, '$1‘').replace(APOSTROPHE, '’') : text
}

// A straight double quote opens where a word starts after it (at the start, or after a space or
// an opening sign) and closes anywhere else, so that a quotation split over runs (its words in
// bold) still closes. 'Single' quotes were already turned; "double" ones stayed straight beside them.
const OPENS_BEFORE = /[\s([{«“‘’—–]/u
const STARTS_WORD = /[^\s)\]}»”’.,;:!?]/u

function doubleQuotes(text: string, opening: string, closing: string): string {
  if (!text.includes('"')) return text
  let result = ''
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index)
    if (char !== '"') {
      result += char
      continue
    }
    const before = text.charAt(index - 1)
    const after = text.charAt(index + 1)
    // At a run's end after a space ('said "', the quoted words in bold next), it opens too.
    const opensHere = after === '' ? index > 0 : STARTS_WORD.test(after)
    const opens = (index === 0 || OPENS_BEFORE.test(before)) && opensHere
    result += opens ? opening : closing
  }
  return result
}

// Each group of French rules runs only on text holding the character its rules need: a French
// run with an apostrophe went through all twelve, most of them scanning for nothing. Each test
// looks at the text as the rules before it left it: a clock time's colon is gone before the
// colon rules are asked.
const DIGIT = /\d/
const MARK = /[;?!]/

function french(text: string): string {
  // Quoted words take guillemets, which the rules below space.
  let result = doubleQuotes(apostrophes(text), '«', '»')
  if (DIGIT.test(result)) {
    result = result
      .replace(TYPED_FRENCH_TIME, (_, hours: string, minutes?: string) =>
        minutes === undefined ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${minutes}`
      )
      .replace(CLOCK_TIME, (_, hours: string, minutes: string) => frenchTime(Number(hours), minutes))
      .replace(DIGIT_GROUPS, (group) => group.replace(new RegExp(SPACE, 'gu'), NBSP))
      .replace(NUMBER_AND_UNIT, NBSP)
  }
  if (result.includes(':'))
    result = result.replace(COLON_AFTER_TEXT, `$1${FRENCH_COLON}`).replace(COLON_AFTER_SPACE, FRENCH_COLON)
  if (MARK.test(result)) result = result.replace(SPACE_BEFORE_MARK, '$1$2').replace(LEADING_SPACE_BEFORE_MARK, '')
  if (result.includes('«')) result = result.replace(AFTER_OPENING_GUILLEMET, `«${NBSP}`)
  if (result.includes('»')) result = result.replace(BEFORE_CLOSING_GUILLEMET, `${NBSP}»`)
  return result
}

function english(text: string): string {
  const result = doubleQuotes(apostrophes(text), '“', '”')
  return result.includes(':') ? result.replace(ENGLISH_SPACED_COLON, '$1:') : result
}

// A character every rule of the language needs to change anything: an apostrophe, a quote, a colon, and
// in French a digit, ; ? ! or a guillemet. Most runs of a long document have none, and every run
// passes through typeset: a package of 20 briefs spent 20 to 30 ms in rules that changed nothing.
const TOUCHED: Record<Language, RegExp> = { en: /['":]/, fr: /['"0-9:;?!«»]/ }

/** The text set by its language's typographic rules, web and e-mail addresses untouched. */
export function typeset(text: string, language: Language): string {
  if (!TOUCHED[language].test(text)) return text
  const rules = language === 'fr' ? french : english
  let result = ''
  let last = 0
  for (const match of text.matchAll(ADDRESS)) {
    result += rules(text.slice(last, match.index)) + match[0]
    last = match.index + match[0].length
  }
  return result + rules(text.slice(last))
}
