// Library and brief texts are plain strings that may carry a small, safe subset of structure,
// written as officers already write in e-mail: paragraphs (a blank line), bullet lists ("- " or
// "• " at the start of a line), numbered lists ("1. " or "1) "), **bold** and *italics* (or
// _italics_). This is the one reading of that subset: the app's views and the Word export both
// draw the blocks it returns, and search indexes their plain words.
//
// It is not Markdown and never HTML: nothing here is interpreted as markup, so `<script>`, `&`
// and quotes stay literal text, and the renderer builds elements, never an HTML string. Rules
// that keep ordinary text as it was typed:
// - A list marker needs a space after it: "-5 %" stays text, "- 5 %" is a bullet. A number has
//   one to three digits, so a year opening a line ("2024. A record year") stays text.
// - A list starts on any line, even right under a paragraph line ("IOM:\n- arranges..."), as
//   the library has always written lists; a line without a marker ends the list.
// - A numbered list starts at the number typed first ("5. Other business" stays 5) and counts on.
// - An emphasis marker opens before a word and closes after one, never inside a word, so
//   snake_case, 2*3*4 and "5 * 3" stay as typed; a marker left unmatched stays visible text;
//   emphasis never runs across lines; three or more markers in a row stay as typed.
// Every step scans the text once, so a huge text costs time in proportion to its length.

/** A stretch of text with one look. */
export interface RichRun {
  text: string
  bold: boolean
  italics: boolean
}

/** One line of text: its runs in order. */
export type RichLine = RichRun[]

/** A paragraph (its lines kept apart), a bullet list or a numbered list (one line per item). */
export type RichBlock =
  | { kind: 'paragraph'; lines: RichLine[] }
  | { kind: 'bullets'; items: RichLine[] }
  | { kind: 'numbered'; start: number; items: RichLine[] }

// "-", "•" and the bullets Word and e-mail paste ("‣", "▪", "◦", "*", "–"), then a space and text.
const BULLET = /^[ \t]*[-•‣▪◦*–][ \t]+(?=\S)/
// Up to three digits: a year opening a line ("2024. A record year") stays text.
const NUMBER = /^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)/
const SPACE = /\s/
const WORD_CHARACTER = /[\p{L}\p{N}]/u

type Marker = '*' | '**' | '_' | '__'

interface Delimiter {
  marker: Marker
  start: number
  open: boolean
  close: boolean
  role: 'open' | 'close' | null
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && SPACE.test(character)
}

/** Space, punctuation or the edge of the line: where a marker may sit next to a word. */
function isBoundary(character: string | undefined): boolean {
  return character === undefined || !WORD_CHARACTER.test(character)
}

/** The emphasis markers of a line, each with whether it may open or close a span. */
function delimitersOf(line: string): Delimiter[] {
  const delimiters: Delimiter[] = []
  let index = 0
  while (index < line.length) {
    const code = line.charCodeAt(index)
    // 42 is "*", 95 is "_": every other character is skipped at the cost of one comparison.
    if (code !== 42 && code !== 95) {
      index += 1
      continue
    }
    const character = line[index] as '*' | '_'
    let end = index
    while (line[end] === character) end += 1
    const length = end - index
    if (length <= 2) {
      const before = line[index - 1]
      const after = line[end]
      delimiters.push({
        marker: (length === 2 ? character + character : character) as Marker,
        start: index,
        open: after !== undefined && !isSpace(after) && isBoundary(before),
        close: before !== undefined && !isSpace(before) && isBoundary(after),
        role: null
      })
    }
    index = end
  }
  return delimiters
}

/** Pairs each closing marker with the nearest open one of its kind; markers opened between them stay literal. */
function pair(delimiters: Delimiter[]): void {
  const stack: Delimiter[] = []
  const openByMarker: Record<Marker, Delimiter[]> = { '*': [], '**': [], _: [], __: [] }
  for (const delimiter of delimiters) {
    const opener = delimiter.close ? openByMarker[delimiter.marker].at(-1) : undefined
    if (opener) {
      // Everything opened after the opener is abandoned: emphasis does not overlap.
      for (let top = stack.pop(); top !== opener && top !== undefined; top = stack.pop()) {
        openByMarker[top.marker].pop()
      }
      openByMarker[delimiter.marker].pop()
      opener.role = 'open'
      delimiter.role = 'close'
    } else if (delimiter.open) {
      stack.push(delimiter)
      openByMarker[delimiter.marker].push(delimiter)
    }
  }
}

/** One line's runs: paired markers become bold or italics and disappear, the rest is text. */
export function parseInline(line: string): RichLine {
  const delimiters = delimitersOf(line)
  pair(delimiters)
  const runs: RichLine = []
  let bold = 0
  let italics = 0
  let text = ''
  const flush = (): void => {
    if (text === '') return
    const last = runs.at(-1)
    const look = { bold: bold > 0, italics: italics > 0 }
    if (last && last.bold === look.bold && last.italics === look.italics) last.text += text
    else runs.push({ text, ...look })
    text = ''
  }
  let last = 0
  for (const delimiter of delimiters) {
    if (delimiter.role === null) continue
    text += line.slice(last, delimiter.start)
    flush()
    const step = delimiter.role === 'open' ? 1 : -1
    if (delimiter.marker.length === 2) bold += step
    else italics += step
    last = delimiter.start + delimiter.marker.length
  }
  text += line.slice(last)
  flush()
  return runs
}

/** The blocks of a text: paragraphs split on blank lines, list items, and their runs. */
export function parseRichText(text: string): RichBlock[] {
  const blocks: RichBlock[] = []
  let paragraph: string[] = []
  let list: { kind: 'bullets' | 'numbered'; start: number; items: string[] } | null = null
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph.map(parseInline) })
    paragraph = []
  }
  const endList = (): void => {
    if (list === null) return
    const items = list.items.map(parseInline)
    blocks.push(list.kind === 'bullets' ? { kind: 'bullets', items } : { kind: 'numbered', start: list.start, items })
    list = null
  }
  const addItem = (kind: 'bullets' | 'numbered', start: number, item: string): void => {
    endParagraph()
    if (list?.kind !== kind) {
      endList()
      list = { kind, start, items: [] }
    }
    list.items.push(item)
  }
  for (const line of text.split(/\r\n?|\n/)) {
    const number = NUMBER.exec(line)
    const bullet = number ? null : BULLET.exec(line)
    if (line.trim() === '') {
      endParagraph()
      endList()
    } else if (number) {
      addItem('numbered', Number(number[1]), line.slice(number[0].length))
    } else if (bullet) {
      addItem('bullets', 1, line.slice(bullet[0].length))
    } else {
      endList()
      paragraph.push(line)
    }
  }
  endParagraph()
  endList()
  return blocks
}

// The same numbers as NUMBER, at the start of any line of a whole text.
const LIST_NUMBERS = /^[ \t]*\d{1,3}[.)][ \t]+(?=\S)/gm

/**
 * The text's words for a search index, in one quick pass: list numbers go, since "1." is not a
 * word of the text. Bullets and emphasis markers are not letters, so a tokenizer skips them.
 */
export function searchableText(text: string): string {
  return text.replace(LIST_NUMBERS, '')
}

const lineText = (line: RichLine): string => line.map((run) => run.text).join('')

/** The text without its markers: lines and items on their own lines, blocks apart by a blank line. */
export function plainText(text: string): string {
  return parseRichText(text)
    .map((block) => (block.kind === 'paragraph' ? block.lines : block.items).map(lineText).join('\n'))
    .join('\n\n')
}
