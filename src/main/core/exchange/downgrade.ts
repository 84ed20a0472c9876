import type { LibraryItem } from '@shared/entities'
import { markingRank } from '@shared/markings'
import type { Downgrade } from '@shared/exchange-inputs'

export type { Downgrade }

/** What replacing mine with theirs would lose; undefined when nothing. */
export function downgradeOf(mine: LibraryItem | undefined, theirs: LibraryItem): Downgrade | undefined {
  if (!mine) return undefined
  const lowered = markingRank(theirs.marking) < markingRank(mine.marking)
  const unapproved = mine.status === 'approved' && theirs.status === 'draft'
  if (!lowered && !unapproved) return undefined
  return {
    ...(lowered ? { marking: { from: mine.marking, to: theirs.marking } } : {}),
    ...(unapproved ? { approval: true } : {})
  }
}
