import type { Brief } from '@shared/entities'
import type { PlanValues } from '@shared/meeting-plan'

/** The minutes a number input holds, or null while it is empty; what is typed is kept for the checks to judge. */
export function minutesFrom(text: string): number | null {
  if (text.trim() === '') return null
  const value = Number(text)
  return Number.isFinite(value) ? value : null
}

/** A number of minutes as the input shows it. */
export function minutesText(value: number | null): string {
  return value === null ? '' : String(value)
}

/** How a part's editor changes the brief: the new value of the part. */
export type PlanChange<B extends keyof PlanValues> = (value: PlanValues[B]) => void

/** The brief with one part set, or taken out when `value` is undefined. */
export function withPlanPart<B extends keyof PlanValues>(
  brief: Brief,
  block: B,
  value: PlanValues[B] | undefined
): Brief {
  const next: Brief = { ...brief }
  if (value === undefined) delete next[block]
  else (next as Partial<PlanValues>)[block] = value
  return next
}
