import type { Package } from '@shared/entities'
import type { BriefListing } from '@shared/operations'
import type { BilingualText } from '@shared/languages'
import { ok } from '@shared/result'
import type { Result } from '@shared/result'
import { api } from '@renderer/api/client'

/** A package with every brief there is (to add from) and the partner names briefs refer to. */
export interface PackageView {
  pkg: Package
  briefs: ReadonlyMap<string, BriefListing>
  allBriefs: BriefListing[]
  partnerNames: ReadonlyMap<string, BilingualText>
}

/** Loads the package, all briefs and partner names together. */
export async function loadPackage(id: string): Promise<Result<PackageView>> {
  const [pkg, briefs, partners] = await Promise.all([
    api['packages.get']({ id }),
    api['briefs.list']({}),
    api['library.partnerNames']({})
  ])
  if (!pkg.ok) return pkg
  if (!briefs.ok) return briefs
  if (!partners.ok) return partners
  return ok({
    pkg: pkg.value,
    briefs: new Map(briefs.value.map((brief) => [brief.id, brief])),
    allBriefs: briefs.value,
    partnerNames: new Map(partners.value.map((partner) => [partner.id, partner.name]))
  })
}
