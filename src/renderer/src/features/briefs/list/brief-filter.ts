import type { BriefListing } from '@shared/operations'
import { foldText } from '@shared/fold-text'
import type { BilingualText } from '@shared/languages'

/** Newest meeting first, or oldest first. */
export type BriefSort = 'newest' | 'oldest'

/** The words a brief is found by: its title, place and partners' names, in both languages, folded. */
export function briefSearchText(brief: BriefListing, partnerNames: ReadonlyMap<string, BilingualText>): string {
  const names = brief.partnerIds.flatMap((id) => {
    const name = partnerNames.get(id)
    return name ? [name.en, name.fr] : [id]
  })
  return foldText(
    [brief.title.en, brief.title.fr, brief.meeting.place.en, brief.meeting.place.fr, ...names].join(' \n ')
  )
}

/**
 * The briefs whose words contain every word typed (accents and capitals aside), sorted by
 * meeting date and time. Ties keep the latest-made brief first.
 */
export function filterBriefs(
  briefs: readonly BriefListing[],
  query: string,
  sort: BriefSort,
  partnerNames: ReadonlyMap<string, BilingualText>
): BriefListing[] {
  const words = foldText(query)
    .split(/\s+/)
    .filter((word) => word !== '')
  const found =
    words.length === 0
      ? [...briefs]
      : briefs.filter((brief) => {
          const text = briefSearchText(brief, partnerNames)
          return words.every((word) => text.includes(word))
        })
  const when = (brief: BriefListing) => `${brief.meeting.date}T${brief.meeting.time || '00:00'}`
  const direction = sort === 'newest' ? -1 : 1
  return found.sort((a, b) => direction * when(a).localeCompare(when(b)) || b.createdAt.localeCompare(a.createdAt))
}
