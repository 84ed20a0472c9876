import { briefSchema } from '@shared/entities'
import type { Brief } from '@shared/entities'
import { savable } from '@renderer/lib/savable'

/**
 * The brief as it can be saved now: whole when valid; otherwise with each top-level field that
 * fails (say `meeting`, while its date is half typed) taken from the last saved brief.
 */
export function savableBrief(brief: Brief, lastSaved: Brief): { brief: Brief; complete: boolean } | null {
  const prepared = savable(briefSchema, brief, lastSaved)
  return prepared && { brief: prepared.value, complete: prepared.complete }
}
