import { LANGUAGE_TAGS } from '@shared/languages'
import type { Language } from '@shared/languages'

/** A saved-at timestamp as a local date and time in the interface language ("26 novembre 2026 à 14 h 03"). */
export function formatWhen(timestamp: string, language: Language): string {
  const moment = new Date(timestamp)
  if (Number.isNaN(moment.getTime())) return timestamp
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'long', timeStyle: 'short' }).format(moment)
}
