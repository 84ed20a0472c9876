import { today } from '@shared/dates'

/** True when the review-by date has passed. ISO dates compare correctly as strings. */
export function isReviewOverdue(reviewBy: string, todayIso: string = today()): boolean {
  return reviewBy < todayIso
}
