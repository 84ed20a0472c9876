/** Where an item stands against its review-by date. */
export const REVIEW_STATES = ['overdue', 'due-soon', 'current'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

/** How far ahead "due soon" looks. */
export const DUE_SOON_DAYS = 30

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** Overdue once the review-by date has passed; due soon within the next 30 days; current otherwise. */
export function reviewState(reviewBy: string, today: string): ReviewState {
  // ISO calendar dates compare correctly as strings.
  if (reviewBy < today) return 'overdue'
  if (reviewBy <= addDays(today, DUE_SOON_DAYS)) return 'due-soon'
  return 'current'
}
