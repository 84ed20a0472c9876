import type { Brief, Package } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { markingFloor } from '@shared/brief-rules'
import { highestMarking, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { inLanguages } from './spans'
import type { Span } from './runs'
import type { ExportLanguage } from './types'

// A brief can never be marked lower than its most sensitive item. The save path already raises
// the marking, but the export checks again: a page printed with too low a marking is the one
// mistake it must not make.

/** The marking printed on a brief: its own, or its highest item's when that is higher. */
export function briefMarking(brief: Brief, lookup: LibraryLookup): Marking {
  return highestMarking([brief.marking, markingFloor(brief, lookup)])
}

/** A package's marking: the highest of its own and of every brief in it. */
export function packageMarking(pkg: Package, briefs: readonly Brief[], lookup: LibraryLookup): Marking {
  return highestMarking([pkg.marking, ...briefs.map((brief) => briefMarking(brief, lookup))])
}

/** "PROTECTED B", "PROTÉGÉ B", or both for a bilingual export. */
export function markingSpans(
  marking: Marking,
  language: ExportLanguage,
  look: Omit<Span, 'text' | 'language'> = {}
): Span[] {
  return inLanguages(language, (each) => markingLabel(marking, each), look)
}
