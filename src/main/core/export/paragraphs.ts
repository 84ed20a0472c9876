import { HeadingLevel, Paragraph } from 'docx'
import type { BilingualText, Language } from '@shared/languages'
import { pick } from '@shared/languages'
import { cleanText } from './clean-text'
import { LIST, STYLE, numberedList } from './document-styles'
import { richParagraphs } from './rich-paragraphs'
import type { ListIds } from './rich-paragraphs'
import { runsOf } from './runs'
import type { Span } from './runs'
import { WORDS } from './words'
import type { WordKey } from './words'

// The paragraph shapes a brief is made of. Each takes text and the language it is written in,
// so every run it makes is tagged.

/** Text in one language, tagged with the language it really is in. */
export interface Tagged {
  text: string
  language: Language
}

/** The wanted language's text, or the other's when a draft lacks it, tagged as what it is. */
export function tagged(value: BilingualText, language: Language): Tagged {
  const text = pick(value, language)
  const other: Language = language === 'en' ? 'fr' : 'en'
  return { text: cleanText(text), language: value[language].trim() !== '' ? language : other }
}

/** A dictionary word in the given language. */
export function word(key: WordKey, language: Language): Tagged {
  return { text: WORDS[language][key], language }
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4
} as const

export type HeadingDepth = keyof typeof HEADINGS

/** A heading paragraph in Word's Heading n style; the text on one line. */
export function heading(depth: HeadingDepth, spans: readonly Span[], pageBreakBefore = false): Paragraph {
  const oneLine = spans.map((span) => ({ ...span, text: span.text.replace(/\s+/g, ' ') }))
  return new Paragraph({ heading: HEADINGS[depth], children: runsOf(oneLine), pageBreakBefore })
}

/** The document title in Word's Title style. */
export function title(spans: readonly Span[]): Paragraph {
  return new Paragraph({ style: STYLE.title, children: runsOf(spans) })
}

const BULLET_ITEM = { style: STYLE.listBullet, numbering: { reference: LIST.bullets, level: 0 } }

/** Body text: paragraphs split on blank lines, lines kept, lists as Word lists, bold and italics. */
export function body(text: Tagged, lists: ListIds, look: Omit<Span, 'text' | 'language'> = {}): Paragraph[] {
  return richParagraphs(text, { lists, look })
}

/** Text as a List Bullet item: every paragraph of it its own bullet, its lists as lists. */
export function bulleted(text: Tagged, lists: ListIds): Paragraph[] {
  return richParagraphs(text, { lists, opening: BULLET_ITEM, following: BULLET_ITEM })
}

/** One item of the numbered list `list`, in List Number style; its later paragraphs and lists hang under the number. */
export function numbered(text: Tagged, list: string, lists: ListIds): Paragraph[] {
  return richParagraphs(text, {
    lists,
    opening: { style: STYLE.listNumber, numbering: { reference: numberedList(list), level: 0 } },
    following: { style: STYLE.listNumber, indent: { left: 360, hanging: 0 } },
    nested: true
  })
}

/**
 * One responsive line: introduced by its label ("If raised:", "If raised by Mexico:") in bold;
 * the line's later paragraphs and lists follow under it, unlabelled, so a blank line inside a
 * line never reads as another line.
 */
export function ifRaised(text: Tagged, label: Tagged, lists: ListIds): Paragraph[] {
  const indented = { indent: { left: 360 } }
  return richParagraphs(text, {
    lists,
    lead: [
      { ...label, bold: true },
      { text: ' ', language: label.language }
    ],
    opening: indented,
    following: indented,
    nested: true
  })
}
