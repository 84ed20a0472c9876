import type { Language } from '@shared/languages'
import { frenchTime } from './typography'
import { WORDS } from './words'

// Dates are written out in words so nobody reads 2027-02-03 as the 2nd of March. Built from the
// dictionary rather than Intl so the text does not depend on the ICU data a build ships with.

interface CalendarDate {
  year: number
  month: number
  day: number
  weekday: number
}

function parse(isoDate: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  // UTC, so the weekday does not shift with the machine's time zone.
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  return { year, month, day, weekday }
}

/** "February 17, 2027" / "17 février 2027"; the input unchanged when it is not a date. */
export function calendarDate(isoDate: string, language: Language): string {
  // Like the time and the place: a blank cell would read as forgotten rather than not yet known.
  if (isoDate.trim() === '') return WORDS[language].toBeConfirmed
  const date = parse(isoDate)
  if (!date) return isoDate
  const month = WORDS[language].months[date.month - 1] ?? ''
  if (language === 'fr') return `${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`
  return `${month} ${date.day}, ${date.year}`
}

/** "Wednesday, February 17, 2027" / "mercredi 17 février 2027". */
export function meetingDate(isoDate: string, language: Language): string {
  // Like the time and the place: a blank cell would read as forgotten rather than not yet known.
  if (isoDate.trim() === '') return WORDS[language].toBeConfirmed
  const date = parse(isoDate)
  if (!date) return isoDate
  const weekday = WORDS[language].weekdays[date.weekday] ?? ''
  const separator = language === 'fr' ? ' ' : ', '
  return `${weekday}${separator}${calendarDate(isoDate, language)}`
}

/** "09:30" / "9 h 30", "10 h": as each language writes a time; the dictionary's "to be confirmed" when empty. */
export function timeOfDay(time: string, language: Language): string {
  if (time.trim() === '') return WORDS[language].toBeConfirmed
  if (language === 'en') return time
  const [hours = '', minutes = ''] = time.split(':')
  return frenchTime(Number(hours), minutes)
}
