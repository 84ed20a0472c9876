import type { BriefListing } from '@shared/operations'
import type { BilingualText } from '@shared/languages'
import { ok } from '@shared/result'
import type { Result } from '@shared/result'
import { api } from '@renderer/api/client'

/** Briefs with the names of the partners they mention. */
export interface BriefsView {
  briefs: BriefListing[]
  partnerNames: ReadonlyMap<string, BilingualText>
}

/** Loads briefs and partners together: a brief names its partners only by id. */
export async function loadBriefs(): Promise<Result<BriefsView>> {
  const [briefs, partners] = await Promise.all([api['briefs.list']({}), api['library.partnerNames']({})])
  if (!briefs.ok) return briefs
  if (!partners.ok) return partners
  const partnerNames = new Map(partners.value.map((partner) => [partner.id, partner.name]))
  return ok({ briefs: briefs.value, partnerNames })
}
