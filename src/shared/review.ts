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

// A listing asks for the state of thousands of items with the same `today`: the date 30 days on
// is worked out once per day, not once per item (it was a third of a 20,000-item listing).
let soonFor = { today: '', soon: '' }

/** Overdue once the review-by date has passed; due soon within the next 30 days; current otherwise. */
export function reviewState(reviewBy: string, today: string): ReviewState {
  // ISO calendar dates compare correctly as strings.
  if (reviewBy < today) return 'overdue'
  if (soonFor.today !== today) soonFor = { today, soon: addDays(today, DUE_SOON_DAYS) }
  if (reviewBy <= soonFor.soon) return 'due-soon'
  return 'current'
}
