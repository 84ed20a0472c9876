// Text reaches the export from officers' typing and from pastes out of e-mail and Word, so it
// can hold anything. XML 1.0 forbids most control characters and lone surrogates: one of them
// would make Word refuse the whole file, so they are dropped here, before any XML is written.

// Word writes a manual line break as a vertical tab and a page break as a form feed in plain
// text; keep what they meant instead of dropping them.
/* eslint-disable no-control-regex -- finding control characters is the point */
const LINE_BREAK_CONTROLS = /\u000B/g
const PAGE_BREAK_CONTROLS = /\u000C/g
const ILLEGAL_IN_XML =
  /[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/* eslint-enable no-control-regex */

/** The text with line endings as \n and nothing XML 1.0 cannot hold; tabs and newlines stay. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(LINE_BREAK_CONTROLS, '\n')
    .replace(PAGE_BREAK_CONTROLS, '\n\n')
    .replace(ILLEGAL_IN_XML, '')
}

// Every white space but the no-break ones, which typography.ts puts where a line must not break.
const BREAKING_SPACE = /(?:(?![\u00A0\u202F])\s)+/g

/** The text on one line: for table cells, file properties and file names. No-break spaces stay. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(BREAKING_SPACE, ' ').trim()
}

/** Splits text into paragraphs on blank lines, each paragraph's lines joined by newlines. */
export function paragraphsOf(text: string): string[] {
  return cleanText(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
}
