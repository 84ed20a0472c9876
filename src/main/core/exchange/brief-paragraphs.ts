import { foldText } from '@shared/fold-text'
import { guessLanguage } from '@shared/guess-language'
import type { Language } from '@shared/languages'
import type { WordParagraph } from './html-paragraphs'
import type { ParagraphSelection } from './drafts'

// An old brief sorted into draft library items without a person picking each paragraph (the
// command line's `dossier word import`): the body paragraphs under a "Key messages" heading become
// key messages, those under "Irritants" or "Responsive lines" irritants, those under "Background"
// background notes, in English or French. Sub-headings stay in their section; the meeting
// details, participants and other sections are left out.

/** What a paragraph of a brief can become (a partner profile is never one paragraph). */
export type DraftKind = 'keyMessage' | 'irritant' | 'backgroundNote'

// Folded (no accents, lower case) section titles, as Dossier's own templates and most briefs write them.
const SECTIONS: [RegExp, DraftKind][] = [
  [/\bkey messages?\b|\bmessages? cles?\b|\btalking points\b|\bpoints de discussion\b/, 'keyMessage'],
  [/\birritants?\b|\bresponsive lines?\b|\blignes? de reponse\b|\bif raised\b/, 'irritant'],
  [/\bbackground\b|\bcontexte\b|\bhistorique\b/, 'backgroundNote']
]

const LEVELS: Partial<Record<WordParagraph['style'], number>> = { heading1: 1, heading2: 2, heading3: 3 }

export interface SortedBrief {
  selections: ParagraphSelection[]
  /** Body paragraphs outside any section that makes library items. */
  leftOut: number
}

/** The kind of section a heading opens, or null for a section that makes no library item. */
export function sectionKind(heading: string): DraftKind | null {
  const folded = foldText(heading)
  return SECTIONS.find(([pattern]) => pattern.test(folded))?.[1] ?? null
}

/**
 * The body paragraphs of a brief as draft selections, by the section each is under; with
 * `kind`, every body paragraph becomes that kind (for documents without such headings).
 */
export function sortBrief(paragraphs: readonly WordParagraph[], kind?: DraftKind): SortedBrief {
  const bodies = paragraphs.filter((paragraph) => LEVELS[paragraph.style] === undefined)
  const documentLanguage: Language = guessLanguage(
    bodies.map((paragraph) => paragraph.text),
    'en'
  )
  const open: { level: number; kind: DraftKind | null }[] = []
  const selections: ParagraphSelection[] = []
  let leftOut = 0
  for (const paragraph of paragraphs) {
    const level = LEVELS[paragraph.style]
    if (level !== undefined) {
      while (open.length > 0 && open[open.length - 1]!.level >= level) open.pop()
      // A sub-heading (an irritant's own title) stays in the section it is under.
      open.push({ level, kind: sectionKind(paragraph.text) ?? open[open.length - 1]?.kind ?? null })
      continue
    }
    const under = kind ?? open[open.length - 1]?.kind ?? null
    if (under === null) {
      leftOut += 1
      continue
    }
    selections.push({
      text: paragraph.text,
      kind: under,
      language: guessLanguage([paragraph.text], documentLanguage)
    })
  }
  return { selections, leftOut }
}
