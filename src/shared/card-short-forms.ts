import type { Brief, Irritant, KeyMessage } from './entities'
import type { LibraryLookup, ResolvedItem } from './brief-rules'
import { resolveItem } from './brief-rules'
import type { BilingualText, Language } from './languages'

// What the pocket card prints of a key message or a responsive line: its own short form from the
// library, unless the brief edited the text (then nothing in the library says the edit shortly),
// else its first sentence. Shared by the Word card and the export dialog, which says how many
// fall back to a first sentence.

/** The short form of a key message the card may print; undefined where it prints a first sentence. */
export function messageShortForm(item: ResolvedItem): BilingualText | undefined {
  return item.edited ? undefined : (item.library as KeyMessage | null)?.shortForm
}

/** The short form of one of an irritant's rows (by its line id) the card may print. */
export function lineShortForm(item: ResolvedItem, lineId: string | null): BilingualText | undefined {
  const row = item.rows?.find((each) => each.lineId === lineId)
  if (!row || row.edited) return undefined
  return (item.library as Irritant | null)?.responsiveLines.find((line) => line.id === lineId)?.shortForm
}

const hasShort = (short: BilingualText | undefined, languages: readonly Language[]): boolean =>
  short !== undefined && languages.every((language) => short[language].trim() !== '')

/** How many key messages and included lines the card prints as a first sentence, in these languages. */
export function firstSentenceCounts(
  brief: Brief,
  lookup: LibraryLookup,
  languages: readonly Language[]
): { keyMessages: number; lines: number } {
  const items = brief.sections.flatMap((section) =>
    section.items.map((item) => resolveItem(item, lookup, brief.partnerIds))
  )
  const keyMessages = items.filter(
    (item) => item.kind === 'keyMessage' && !hasShort(messageShortForm(item), languages)
  ).length
  const lines = items
    .filter((item) => item.kind === 'irritant')
    .flatMap((item) =>
      (item.rows ?? []).slice(1).filter((row) => row.included && !hasShort(lineShortForm(item, row.lineId), languages))
    ).length
  return { keyMessages, lines }
}
