import type { Irritant, Partner, ResponsiveLine } from './entities'

// A responsive line written for a forum or group (the MIRPS, the M5, the Americas) matters in a
// meeting with any of its members, though the meeting's partner is the member, not the group.
// Such lines are offered for the brief, and the officer chooses which to add: they are not
// added on their own, because a line meant for the group's table may not suit a bilateral one.

/** Kinds of partner that other partners belong to. */
const GROUP_KINDS: ReadonlySet<Partner['kind']> = new Set(['forum', 'region', 'organization'])

/** A line offered for a brief: aimed at a group that some of the brief's partners belong to. */
export interface OfferedLine {
  line: ResponsiveLine
  groupId: string
  /** The brief's partners that belong to the group. */
  memberIds: string[]
}

/** What these rules read of a partner: its whole record is not needed. */
export type PartnerLinks = Pick<Partner, 'id' | 'kind' | 'relatedPartnerIds'>

// Membership is recorded in relatedPartnerIds, usually on both sides; one side is enough.
function belongsTo(member: PartnerLinks, group: PartnerLinks): boolean {
  return member.relatedPartnerIds.includes(group.id) || group.relatedPartnerIds.includes(member.id)
}

/** The irritant's lines aimed at a group one of the brief's country partners belongs to, in the irritant's order. */
export function offeredLines(
  irritant: Pick<Irritant, 'responsiveLines'>,
  briefPartnerIds: readonly string[],
  partnerOf: (id: string) => PartnerLinks | undefined
): OfferedLine[] {
  const members = briefPartnerIds.flatMap((id) => {
    const partner = partnerOf(id)
    return partner && partner.kind === 'country' ? [partner] : []
  })
  return irritant.responsiveLines.flatMap((line) => {
    if (line.partnerId === null || briefPartnerIds.includes(line.partnerId)) return []
    const group = partnerOf(line.partnerId)
    if (!group || !GROUP_KINDS.has(group.kind)) return []
    const memberIds = members.filter((member) => belongsTo(member, group)).map((member) => member.id)
    return memberIds.length > 0 ? [{ line, groupId: group.id, memberIds }] : []
  })
}
