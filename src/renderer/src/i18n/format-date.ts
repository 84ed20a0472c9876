import { LANGUAGE_TAGS } from '@shared/languages'
import type { Language } from '@shared/languages'

// Every date the interface shows goes through one of these, one format per kind of date, in
// the interface language (en-CA or fr-CA):
//   day     a calendar date in a list, a fact or a history line: "Feb 17, 2027" / "17 févr. 2027"
//   meeting a meeting's date in full, as the export prints it: "Wednesday, February 17, 2027"
//   time    a meeting's time of day: "09:30" / "9 h 30"
//   moment  when something happened (saved, trusted, backed up): "Nov 26, 2026, 2:03 p.m."
// Calendar dates are read in UTC so the day shown never shifts with the machine's time zone;
// moments are shown in local time, when the person at the machine saw them happen.

const MONTH_ONLY = /^(\d{4})-(\d{2})$/
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function calendarDate(iso: string): Date | null {
  const day = CALENDAR_DATE.exec(iso) ? iso : MONTH_ONLY.exec(iso) ? `${iso}-01` : null
  if (day === null) return null
  const moment = new Date(`${day}T00:00:00Z`)
  return Number.isNaN(moment.getTime()) ? null : moment
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function format(language: Language, options: Intl.DateTimeFormatOptions, value: Date): string {
  const key = `${language}:${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LANGUAGE_TAGS[language], options)
    formatters.set(key, formatter)
  }
  return formatter.format(value)
}

/** A calendar date (YYYY-MM-DD, or YYYY-MM when only the month is known) in lists and facts; the input when it is not one. */
export function dayText(iso: string, language: Language): string {
  const date = calendarDate(iso)
  if (!date) return iso
  if (MONTH_ONLY.test(iso)) return format(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }, date)
  return format(language, { dateStyle: 'medium', timeZone: 'UTC' }, date)
}

/** A meeting's date in full, weekday included; the input when it is not a date. */
export function meetingDateText(iso: string, language: Language): string {
  const date = CALENDAR_DATE.test(iso) ? calendarDate(iso) : null
  return date ? format(language, { dateStyle: 'full', timeZone: 'UTC' }, date) : iso
}

/** A time of day (HH:MM) as each language writes it: "09:30", "9 h 30", "10 h"; the input when it is not one. */
export function timeText(time: string, language: Language): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match || language === 'en') return time
  const [, hours = '', minutes = ''] = match
  return minutes === '00' ? `${Number(hours)}\u00A0h` : `${Number(hours)}\u00A0h\u00A0${minutes}`
}

/** When something happened, in local time; the input when it is not a timestamp. */
export function momentText(timestamp: string | Date, language: Language): string {
  const moment = typeof timestamp === 'string' ? new Date(timestamp) : timestamp
  if (Number.isNaN(moment.getTime())) return String(timestamp)
  return format(language, { dateStyle: 'medium', timeStyle: 'short' }, moment)
}

// The main process names backups by the moment they were made, in a file-safe form of an ISO
// timestamp (2026-11-26T06-50-01-123Z).
const FILE_STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/

/** A backup's file-safe timestamp as a moment; anything else is returned unchanged. */
export function stampText(stamp: string, language: Language): string {
  const match = FILE_STAMP.exec(stamp)
  if (!match) return stamp
  const [, day, hours, minutes, seconds, millis] = match
  const moment = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
  return Number.isNaN(moment.getTime()) ? stamp : momentText(moment, language)
}
