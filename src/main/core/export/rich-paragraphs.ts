import { Paragraph } from 'docx'
import type { IParagraphOptions } from 'docx'
import { parseRichText } from '@shared/rich-text'
import type { RichBlock, RichLine } from '@shared/rich-text'
import type { Language } from '@shared/languages'
import { LIST, STYLE, numberedList } from './document-styles'
import { runsOf } from './runs'
import type { Span } from './runs'

// A text's own structure (see src/shared/rich-text.ts) as Word paragraphs: its lists as real
// Word lists in the List Bullet and List Number styles, which the minister's office edits with
// Word's own list buttons, and its bold and italics as bold and italic runs. Every run still
// passes through runs.ts, so French typography applies inside each one. Any paragraph builder
// (body text, key messages, responsive lines) calls this with its own framing.

/** Hands out a fresh numbering reference; each numbered list gets its own so it counts from its own start. */
export type ListIds = () => string

type Look = Omit<Span, 'text' | 'language'>
type ParagraphFrame = Omit<IParagraphOptions, 'children'>

/** How a text's paragraphs are framed by what holds them. */
export interface RichFrame {
  lists: ListIds
  /** A look every run takes on top of the text's own bold and italics. */
  look?: Look
  /** Spans written before the text's first words, such as "If raised:". */
  lead?: Span[]
  /** The first paragraph's properties (a key message's number); when the text opens with a list, an empty paragraph carries them. */
  opening?: ParagraphFrame
  /** The properties of every later plain paragraph. */
  following?: ParagraphFrame
  /** Lists sit one step in, under text that itself hangs after a number. */
  nested?: boolean
}

const INDENT_STEP = 360
const WORD_END = /[\p{L}\p{N}]$/u

/** The spans of one line; an apostrophe right after emphasis ("**Canada**'s") stays an apostrophe. */
function lineSpans(line: RichLine, language: Language, look: Look): Span[] {
  let before = ''
  return line.map((run) => {
    const text = WORD_END.test(before) && run.text.startsWith("'") ? `’${run.text.slice(1)}` : run.text
    before = run.text
    return {
      ...look,
      text,
      language,
      bold: (look.bold ?? false) || run.bold,
      italics: (look.italics ?? false) || run.italics
    }
  })
}

/** A paragraph's lines as spans, a line break between two lines. */
function linesSpans(lines: readonly RichLine[], language: Language, look: Look): Span[] {
  return lines.flatMap((line, index) => [
    ...(index === 0 ? [] : [{ text: '\n', language }]),
    ...lineSpans(line, language, look)
  ])
}

function listParagraphs(
  block: Exclude<RichBlock, { kind: 'paragraph' }>,
  language: Language,
  frame: RichFrame
): Paragraph[] {
  const look = frame.look ?? {}
  const left = (frame.nested ? 2 : 1) * INDENT_STEP
  const numbering =
    block.kind === 'bullets'
      ? { reference: LIST.bullets, level: 0 }
      : { reference: numberedList(frame.lists(), block.start), level: 0 }
  return block.items.map(
    (item) =>
      new Paragraph({
        style: block.kind === 'bullets' ? STYLE.listBullet : STYLE.listNumber,
        numbering,
        ...(frame.nested ? { indent: { left, hanging: INDENT_STEP } } : {}),
        children: runsOf(lineSpans(item, language, look))
      })
  )
}

/** A text as Word paragraphs, its lists as Word lists and its emphasis as bold and italic runs. */
export function richParagraphs(
  { text, language }: { text: string; language: Language },
  frame: RichFrame
): Paragraph[] {
  const blocks = parseRichText(text)
  const look = frame.look ?? {}
  const lead = frame.lead ?? []
  const paragraphs: Paragraph[] = []
  // What holds the text (a number, "If raised:") needs a paragraph of its own when the text opens with a list.
  if (blocks[0] !== undefined && blocks[0].kind !== 'paragraph' && (frame.opening || lead.length > 0)) {
    paragraphs.push(new Paragraph({ ...frame.opening, children: runsOf(lead) }))
  }
  blocks.forEach((block) => {
    if (block.kind !== 'paragraph') {
      paragraphs.push(...listParagraphs(block, language, frame))
      return
    }
    const first = paragraphs.length === 0
    paragraphs.push(
      new Paragraph({
        ...(first ? frame.opening : frame.following),
        children: runsOf([...(first ? lead : []), ...linesSpans(block.lines, language, look)])
      })
    )
  })
  return paragraphs
}
