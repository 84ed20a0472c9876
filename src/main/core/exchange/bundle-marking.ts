import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem } from '@shared/entities'
import { highestMarking, markingRank } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { COLLECTION_KEYS, MANIFEST_ENTRY } from './bundle-format'
import type { BundleContent, BundleManifest } from './bundle-format'
import type { ImportProblem } from './problems'

// A bundle's marking is the highest marking of anything it carries, earlier versions included:
// an item lowered to UNCLASSIFIED still carries its PROTECTED text in its history.

/** Every marking an item carries: its own and its earlier versions'. */
export function markingsOf(item: Pick<LibraryItem, 'marking' | 'history'>): Marking[] {
  return [item.marking, ...item.history.map((version) => version.marking)]
}

/** The highest marking of everything in the content, history included. */
export function highestMarkingOf(content: BundleContent): Marking {
  const all: Marking[] = []
  for (const kind of LIBRARY_KINDS) {
    for (const item of content[COLLECTION_KEYS[kind]] as LibraryItem[]) all.push(...markingsOf(item))
  }
  return highestMarking(all)
}

/** True when the marking is at or below the ceiling. */
export function withinCeiling(marking: Marking, ceiling: Marking): boolean {
  return markingRank(marking) <= markingRank(ceiling)
}

/**
 * A manifest must state the true highest marking: one that says less than the content holds
 * would have the bundle's file name and preview understate what it carries.
 */
export function checkManifestMarking(manifest: BundleManifest, content: BundleContent): ImportProblem[] {
  if (manifest.marking === undefined) return []
  const highest = highestMarkingOf(content)
  if (manifest.marking === highest) return []
  return [
    {
      where: `${MANIFEST_ENTRY}: marking`,
      message: `The manifest says the bundle's highest marking is ${manifest.marking}, but it holds ${highest} content: the bundle was changed after Dossier made it. Ask for the bundle again.`
    }
  ]
}
