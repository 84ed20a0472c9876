import type { Brief, Package } from '@shared/entities'
import { highestMarking, markingRank } from '@shared/markings'
import type { MarkingChange, PackageSaved } from '@shared/operations'
import type { z } from 'zod'
import type { createPackageInput } from '@shared/package-inputs'
import type { Store } from '../../store'
import { DeletedRecords } from '../deleted-records'
import { ApiFailure, found } from '../failure'
import { readableId } from '../ids'

export interface PackageServiceOptions {
  store: Store
  now: () => Date
}

/** Trip binders: an ordered set of briefs for one trip, marked at least as high as its briefs. */
export function createPackageService({ store, now }: PackageServiceOptions) {
  const existing = (id: string): Package => found(store.packages.get(id), 'package', id)
  const deleted = new DeletedRecords<Package>('package')

  const briefsOf = (pkg: Package): Brief[] =>
    pkg.briefIds.map((id) => {
      const brief = store.briefs.get(id)
      if (!brief) throw new ApiFailure('not-found', `The package lists a brief ("${id}") that no longer exists.`)
      return brief
    })

  // Like a brief, a package is never marked lower than what it holds.
  const withMarkingFloor = (pkg: Package): PackageSaved => {
    const floor = highestMarking(briefsOf(pkg).map((brief) => brief.marking))
    if (markingRank(floor) <= markingRank(pkg.marking)) return { package: pkg, markingRaised: null }
    const markingRaised: MarkingChange = { from: pkg.marking, to: floor }
    return { package: { ...pkg, marking: floor }, markingRaised }
  }

  const refuseDuplicates = (pkg: Package): void => {
    if (new Set(pkg.briefIds).size !== pkg.briefIds.length) {
      throw new ApiFailure('invalid-input', 'A brief can appear only once in a package.', [
        { path: 'briefIds', message: 'A brief can appear only once in a package.' }
      ])
    }
  }

  return {
    /** The package's briefs, in its order. */
    briefsOf,

    async create(input: z.output<typeof createPackageInput>): Promise<PackageSaved> {
      const at = now().toISOString()
      const name = input.name.en.trim() || input.name.fr.trim()
      const pkg: Package = {
        ...input,
        id: readableId('package', `${input.startDate} ${name}`, (id) => store.packages.get(id) !== undefined),
        createdAt: at,
        updatedAt: at
      }
      refuseDuplicates(pkg)
      const saved = withMarkingFloor(pkg)
      await store.packages.put(saved.package)
      return saved
    },

    async save(pkg: Package): Promise<PackageSaved> {
      const current = existing(pkg.id)
      refuseDuplicates(pkg)
      const saved = withMarkingFloor({ ...pkg, createdAt: current.createdAt, updatedAt: now().toISOString() })
      await store.packages.put(saved.package)
      return saved
    },

    async remove(id: string): Promise<Package> {
      const pkg = existing(id)
      await store.packages.remove(id)
      deleted.keep(pkg)
      return pkg
    },

    /** Puts a package deleted in this session back as it was (the undo of remove). */
    reinstate(id: string): Promise<Package> {
      return deleted.putBack(
        id,
        (taken) => store.packages.get(taken) !== undefined,
        (pkg) => store.packages.put(pkg)
      )
    }
  }
}

export type PackageService = ReturnType<typeof createPackageService>
