import { z } from 'zod'
import type { Language } from './languages'

/** Designated levels Dossier may hold, lowest first. PROTECTED C and classified levels are refused. */
export const MARKINGS = ['UNCLASSIFIED', 'PROTECTED A', 'PROTECTED B'] as const
export type Marking = (typeof MARKINGS)[number]

const FRENCH_LABELS: Record<Marking, string> = {
  UNCLASSIFIED: 'NON CLASSIFIÉ',
  'PROTECTED A': 'PROTÉGÉ A',
  'PROTECTED B': 'PROTÉGÉ B'
}

// Levels a user might type or a bundle might carry that this app must never store.
const REFUSED_LEVELS = [
  'PROTECTED C',
  'PROTÉGÉ C',
  'CONFIDENTIAL',
  'CONFIDENTIEL',
  'SECRET',
  'TOP SECRET',
  'TRÈS SECRET'
]

/** A marking; anything above PROTECTED B is refused with a message that says why. */
export const markingSchema = z.string().transform((value, ctx): Marking => {
  const normalized = value.trim().toUpperCase()
  if ((MARKINGS as readonly string[]).includes(normalized)) return normalized as Marking
  if (REFUSED_LEVELS.includes(normalized)) {
    ctx.addIssue({
      code: 'custom',
      message: `Dossier cannot hold ${normalized} information: it is approved only up to PROTECTED B. Keep this item in a system approved for that level.`
    })
  } else {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a security marking. Use UNCLASSIFIED, PROTECTED A or PROTECTED B.`
    })
  }
  return z.NEVER
})

/** The marking as printed on a page in the given language. */
export function markingLabel(marking: Marking, language: Language): string {
  return language === 'fr' ? FRENCH_LABELS[marking] : marking
}

/** Position of a marking in the order UNCLASSIFIED < PROTECTED A < PROTECTED B. */
export function markingRank(marking: Marking): number {
  return MARKINGS.indexOf(marking)
}

/** The highest of the given markings; UNCLASSIFIED when there are none. */
export function highestMarking(markings: Iterable<Marking>): Marking {
  let highest: Marking = 'UNCLASSIFIED'
  for (const marking of markings) {
    if (markingRank(marking) > markingRank(highest)) highest = marking
  }
  return highest
}
