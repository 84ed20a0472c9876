import { z } from 'zod'

// One date format across the app: ISO 8601 calendar dates (YYYY-MM-DD) for review and meeting
// dates, full ISO timestamps in UTC for "saved at".

/** A calendar date such as 2026-11-26. */
export const isoDateSchema = z.iso.date({ message: 'Use a date in the form YYYY-MM-DD.' })

/** A UTC timestamp such as 2026-11-26T14:03:00.000Z. */
export const timestampSchema = z.iso.datetime({ message: 'Use an ISO 8601 timestamp.' })

/** A time of day such as 09:30, or empty when not yet known. */
export const timeOfDaySchema = z
  .string()
  .regex(/^$|^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Use a time in the form HH:MM (24-hour).' })

/** Today's date in the local calendar, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}-${month}-${day}`
}
