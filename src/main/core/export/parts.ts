import type { BilingualText, Language } from '@shared/languages'
import { paragraphsOf } from './clean-text'
import { TEXT_WIDTH } from './document-styles'
import { tagged } from './paragraphs'
import type { Tagged } from './paragraphs'
import { nestedWidth, sideBySideTable } from './tables'
import type { Block } from './tables'
import type { RenderContext } from './types'

// A section is rendered once per language into parts. In English or French the parts simply
// follow each other; in a bilingual export each part becomes a row with English on the left
// and French on the right, so a message sits beside its translation, and a long section can
// still break between rows.

/** How a part holds on a page: with the part after it (a heading), or whole (a small table). */
export type Keep = 'with-next' | 'together' | 'free'

/** One piece of a section: written per language, or once across the page. */
export type Part =
  { kind: 'paired'; byLanguage: Partial<Record<Language, Block[]>>; keep: Keep } | { kind: 'wide'; blocks: Block[] }

/** A part written in each of the export's languages. */
export function paired(ctx: RenderContext, render: (language: Language) => Block[], keep: Keep = 'free'): Part {
  const byLanguage: Partial<Record<Language, Block[]>> = {}
  for (const language of ctx.languages) byLanguage[language] = render(language)
  return { kind: 'paired', byLanguage, keep }
}

/** A part written once, across the whole page, whatever the export language. */
export function wide(blocks: Block[]): Part {
  return { kind: 'wide', blocks }
}

/**
 * Text split into one part per paragraph (blank-line separated) when both languages have as
 * many, so each paragraph sits beside its translation; otherwise the whole text is one part.
 */
export function pairedText(ctx: RenderContext, value: BilingualText, render: (text: Tagged) => Block[]): Part[] {
  const texts = ctx.languages.map((language) => tagged(value, language))
  const chunks = texts.map((text) => paragraphsOf(text.text))
  const aligned = ctx.languages.length > 1 && chunks.every((list) => list.length === chunks[0]?.length)
  if (!aligned) return [paired(ctx, (language) => render(tagged(value, language)))]
  return (chunks[0] ?? []).map((_, index) =>
    paired(ctx, (language) => {
      const position = ctx.languages.indexOf(language)
      return render({ text: chunks[position]?.[index] ?? '', language: texts[position]?.language ?? language })
    })
  )
}

/** The width a table has where the section's text runs: the page, or one column of it. */
export function contentWidth(ctx: RenderContext): number {
  return ctx.languages.length > 1 ? nestedWidth(Math.floor(TEXT_WIDTH / 2)) : TEXT_WIDTH
}

/** Lays parts out: one after another, or paired parts as rows of English-beside-French tables. */
export function layOut(parts: readonly Part[], ctx: RenderContext): Block[] {
  const blocks: Block[] = []
  if (ctx.languages.length === 1) {
    const [language] = ctx.languages
    for (const part of parts) {
      blocks.push(...(part.kind === 'wide' ? part.blocks : language ? (part.byLanguage[language] ?? []) : []))
    }
    return blocks
  }
  let rows: { en: Block[]; fr: Block[]; keep: Keep }[] = []
  const flush = (): void => {
    if (rows.length > 0) blocks.push(sideBySideTable(rows, TEXT_WIDTH))
    rows = []
  }
  for (const part of parts) {
    if (part.kind === 'wide') {
      flush()
      blocks.push(...part.blocks)
    } else {
      rows.push({ en: part.byLanguage.en ?? [], fr: part.byLanguage.fr ?? [], keep: part.keep })
    }
  }
  flush()
  return blocks
}
