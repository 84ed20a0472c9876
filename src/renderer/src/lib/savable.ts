import type { z } from 'zod'

/**
 * A value as it can be saved now: whole when valid; otherwise with each top-level field that
 * fails (a date half typed) taken from the last saved value, so the rest of the work still
 * reaches the disk. Null when even that is not valid.
 */
export function savable<T extends object>(
  schema: z.ZodType<T>,
  value: T,
  lastSaved: T
): { value: T; complete: boolean } | null {
  const checked = schema.safeParse(value)
  if (checked.success) return { value, complete: true }
  const failing = new Set(checked.error.issues.map((issue) => issue.path[0]).filter((key) => typeof key === 'string'))
  const salvaged = { ...value } as Record<string, unknown>
  for (const key of failing) salvaged[key] = (lastSaved as Record<string, unknown>)[key]
  return schema.safeParse(salvaged).success ? { value: salvaged as T, complete: false } : null
}
