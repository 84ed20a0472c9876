import { PageNumber, Tab, TextRun } from 'docx'
import type { IRunOptions, ParagraphChild } from 'docx'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { Language } from '@shared/languages'
import { typeset } from './typography'

// Every run carries its language so Word checks English as English and French as French, even
// in a bilingual document where both sit on one page. Names in Arabic or Hebrew get their own
// right-to-left runs so Word shapes and orders them as it would if they had been typed. Every
// span is set by its language's typographic rules here, the one place all text passes.

/** A stretch of text in one language and one look. */
export interface Span {
  text: string
  language: Language
  bold?: boolean
  italics?: boolean
  /** Hex colour without #. */
  color?: string
  /** Half-points, as Word counts font sizes. */
  size?: number
}

type Look = Omit<Span, 'text'>

const RTL_LETTERS = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFC'
// Right-to-left letters, with the spaces and joiners between two of them, form one run.
const RTL_STRETCH = new RegExp(`[${RTL_LETTERS}]+(?:[\\s\\u200C\\u200D]+[${RTL_LETTERS}]+)*`, 'gu')

function runOptions(look: Look) {
  return {
    language: { value: LANGUAGE_TAGS[look.language] },
    bold: look.bold,
    boldComplexScript: look.bold,
    italics: look.italics,
    italicsComplexScript: look.italics,
    color: look.color,
    size: look.size
  }
}

/** Splits one tab-free piece of a line into left-to-right and right-to-left stretches. */
function directionalPieces(text: string): { text: string; rightToLeft: boolean }[] {
  const pieces: { text: string; rightToLeft: boolean }[] = []
  let last = 0
  for (const match of text.matchAll(RTL_STRETCH)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), rightToLeft: false })
    pieces.push({ text: match[0], rightToLeft: true })
    last = match.index + match[0].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last), rightToLeft: false })
  return pieces
}

/** The runs for one span, typeset: newlines become line breaks, tabs become Word tabs. */
export function spanRuns(span: Span): TextRun[] {
  const options = runOptions(span)
  const runs: TextRun[] = []
  typeset(span.text, span.language)
    .split('\n')
    .forEach((line, lineIndex) => {
      let breakBefore = lineIndex > 0
      const push = (run: IRunOptions): void => {
        runs.push(new TextRun({ ...options, ...run, ...(breakBefore ? { break: 1 } : {}) }))
        breakBefore = false
      }
      line.split('\t').forEach((piece, pieceIndex) => {
        if (pieceIndex > 0) push({ children: [new Tab()] })
        for (const { text, rightToLeft } of directionalPieces(piece)) {
          push(rightToLeft ? { text, rightToLeft: true } : { text })
        }
      })
      // An empty line still has to start on a new line.
      if (breakBefore) push({ text: '' })
    })
  return runs
}

/** The runs for several spans in a row. */
export function runsOf(spans: readonly Span[]): ParagraphChild[] {
  return spans.flatMap(spanRuns)
}

/** A PAGE or NUMPAGES field, tagged like the words around it. */
export function pageField(which: 'page' | 'pages', look: Look): TextRun {
  return new TextRun({
    ...runOptions(look),
    children: [which === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES]
  })
}
