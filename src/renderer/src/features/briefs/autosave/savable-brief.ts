import { briefSchema } from '@shared/entities'
import type { Brief } from '@shared/entities'

/**
 * The brief as it can be saved now: whole when valid; otherwise with each top-level field that
 * fails (say `meeting`, while its date is half typed) taken from the last saved brief, so the
 * rest of the officer's work still reaches the disk. Null when even that is not valid.
 */
export function savableBrief(brief: Brief, lastSaved: Brief): { brief: Brief; complete: boolean } | null {
  const checked = briefSchema.safeParse(brief)
  if (checked.success) return { brief, complete: true }
  const failing = new Set(checked.error.issues.map((issue) => issue.path[0]).filter((key) => typeof key === 'string'))
  const salvaged = { ...brief } as Record<string, unknown>
  for (const key of failing) salvaged[key] = (lastSaved as unknown as Record<string, unknown>)[key]
  return briefSchema.safeParse(salvaged).success ? { brief: salvaged as unknown as Brief, complete: false } : null
}
