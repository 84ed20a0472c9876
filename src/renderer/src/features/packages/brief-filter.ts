import type { BriefListing } from '@shared/operations'
import { foldText } from '@shared/fold-text'

/** True when every word of the query is in the brief's English or French title, accents and case aside. */
export function titleMatches(brief: Pick<BriefListing, 'title'>, query: string): boolean {
  const words = foldText(query)
    .split(/\s+/)
    .filter((word) => word !== '')
  if (words.length === 0) return true
  const title = foldText(`${brief.title.en} ${brief.title.fr}`)
  return words.every((word) => title.includes(word))
}

/** Briefs that may be added: not already in the package, matching the query, latest meeting first. */
export function addableBriefs(
  briefs: readonly BriefListing[],
  inPackage: readonly string[],
  query: string
): BriefListing[] {
  const taken = new Set(inPackage)
  return briefs
    .filter((brief) => !taken.has(brief.id) && titleMatches(brief, query))
    .sort((a, b) => b.meeting.date.localeCompare(a.meeting.date))
}
