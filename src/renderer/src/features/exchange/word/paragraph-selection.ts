import type { WordFileParagraphs, paragraphSelectionSchema } from '@shared/exchange-inputs'
import type { Language } from '@shared/languages'
import type { Topic } from '@shared/topics'
import type { z } from 'zod'

// The command line's Word import guesses the same way, so the guess lives in the contract.
export { guessLanguage } from '@shared/guess-language'

/** What a paragraph from Word can become: a partner is never made from one paragraph. */
export const DRAFT_KINDS = ['keyMessage', 'irritant', 'backgroundNote'] as const
export type DraftKind = (typeof DRAFT_KINDS)[number]

/** How one picked paragraph is saved. An empty partner or topic means none. */
export interface ParagraphOptions {
  kind: DraftKind
  partnerId: string
  topic: Topic | ''
  language: Language
}

/** Picked paragraphs, keyed `file:paragraph` (indexes), each with its options. */
export type Picked = ReadonlyMap<string, ParagraphOptions>

export type WordParagraph = WordFileParagraphs['paragraphs'][number]
export type ParagraphSelection = z.input<typeof paragraphSelectionSchema>

/** The key of a paragraph among all the files. */
export function paragraphKey(file: number, index: number): string {
  return `${file}:${index}`
}

const HEADING_LEVEL: Partial<Record<WordParagraph['style'], number>> = { heading1: 1, heading2: 2, heading3: 3 }

/** 1, 2 or 3 for a heading; undefined for body text. */
export function headingLevel(paragraph: WordParagraph): number | undefined {
  return HEADING_LEVEL[paragraph.style]
}

/** Body text with words in it can be picked; headings organize the review. */
export function isPickable(paragraph: WordParagraph): boolean {
  return headingLevel(paragraph) === undefined && paragraph.text.trim() !== ''
}

/** The pickable paragraphs after a heading, up to the next heading of the same or a higher level. */
export function paragraphsUnder(paragraphs: readonly WordParagraph[], headingIndex: number): number[] {
  const heading = paragraphs[headingIndex]
  const level = heading ? headingLevel(heading) : undefined
  if (level === undefined) return []
  const under: number[] = []
  for (let index = headingIndex + 1; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!
    const next = headingLevel(paragraph)
    if (next !== undefined && next <= level) break
    if (isPickable(paragraph)) under.push(index)
  }
  return under
}

/** Picks these paragraphs with the given options; those already picked keep their own. */
export function pick(
  picked: Picked,
  keys: readonly string[],
  options: ParagraphOptions
): Map<string, ParagraphOptions> {
  const next = new Map(picked)
  for (const key of keys) if (!next.has(key)) next.set(key, { ...options })
  return next
}

/** Drops these paragraphs from the picked ones. */
export function unpick(picked: Picked, keys: readonly string[]): Map<string, ParagraphOptions> {
  const next = new Map(picked)
  for (const key of keys) next.delete(key)
  return next
}

/** Changes the options of one picked paragraph. */
export function setOptions(
  picked: Picked,
  key: string,
  patch: Partial<ParagraphOptions>
): Map<string, ParagraphOptions> {
  const next = new Map(picked)
  const current = next.get(key)
  if (current) next.set(key, { ...current, ...patch })
  return next
}

/** Gives every picked paragraph the same options (the "defaults for all"). */
export function setAll(picked: Picked, options: ParagraphOptions): Map<string, ParagraphOptions> {
  return new Map([...picked.keys()].map((key) => [key, { ...options }]))
}

/** The picked paragraphs as saveDrafts takes them, in document order, file by file. */
export function toSelections(files: readonly WordFileParagraphs[], picked: Picked): ParagraphSelection[] {
  const selections: ParagraphSelection[] = []
  files.forEach((file, fileIndex) => {
    file.paragraphs.forEach((paragraph, index) => {
      const options = picked.get(paragraphKey(fileIndex, index))
      if (!options || !isPickable(paragraph)) return
      selections.push({
        text: paragraph.text.trim(),
        kind: options.kind,
        language: options.language,
        ...(options.partnerId !== '' ? { partnerId: options.partnerId } : {}),
        ...(options.topic !== '' ? { topic: options.topic } : {})
      })
    })
  })
  return selections
}
