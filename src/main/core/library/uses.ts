import type { Brief, LibraryItem, LibraryKind } from '@shared/entities'
import type { ItemUse } from '@shared/operations'

/** Briefs that place this library item in one of their sections. */
export function briefsUsing(briefs: Brief[], kind: LibraryKind, id: string): ItemUse[] {
  return briefs
    .filter((brief) =>
      brief.sections.some((section) =>
        section.items.some((item) => item.type === 'library' && item.kind === kind && item.itemId === id)
      )
    )
    .map((brief) => ({ briefId: brief.id, briefTitle: brief.title }))
}

/** Briefs that name this partner among the meeting's partners. */
export function briefsWithPartner(briefs: Brief[], partnerId: string): ItemUse[] {
  return briefs
    .filter((brief) => brief.partnerIds.includes(partnerId))
    .map((brief) => ({ briefId: brief.id, briefTitle: brief.title }))
}

/** How many other library items link to this partner (key messages, irritants, notes, related partners). */
export function itemsLinkingPartner(items: Iterable<LibraryItem>, partnerId: string): number {
  let count = 0
  for (const item of items) {
    const linked =
      ('partnerIds' in item && item.partnerIds.includes(partnerId)) ||
      ('relatedPartnerIds' in item && item.relatedPartnerIds.includes(partnerId)) ||
      ('responsiveLines' in item && item.responsiveLines.some((line) => line.partnerId === partnerId))
    if (linked && item.id !== partnerId) count += 1
  }
  return count
}
