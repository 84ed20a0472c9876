import type { BriefSection, Partner } from './entities'

// The Annexes of a brief hold the partners' profiles (summary, key facts): a reader turns there
// for "who are they again". The brief's partners whose profile is not yet in the section are
// offered, and the officer chooses: a forum's profile may be of no use in a bilateral binder.

/** The brief's partners, in the brief's order, whose profile the section does not hold yet; retired ones aside. */
export function offeredProfiles<P extends Pick<Partner, 'status'>>(
  section: Pick<BriefSection, 'items'>,
  briefPartnerIds: readonly string[],
  partnerOf: (id: string) => P | undefined
): P[] {
  const placed = new Set(
    section.items.flatMap((item) => (item.type === 'library' && item.kind === 'partner' ? [item.itemId] : []))
  )
  return briefPartnerIds.flatMap((id) => {
    const partner = partnerOf(id)
    return partner && !placed.has(id) && partner.status !== 'retired' ? [partner] : []
  })
}
