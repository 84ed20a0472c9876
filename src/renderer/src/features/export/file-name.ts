import { pick } from '@shared/languages'
import type { BilingualText, BriefLanguage, Language } from '@shared/languages'

// A suggested name for the save dialog: "2027-02-17 Mexico - Bilateral meeting on asylum.docx".
// The user may change it; the export itself checks the path again. Accents stay: every system
// Dossier runs on accepts them, and French titles would read badly without them.

const MAX_LENGTH = 120
// Characters Windows refuses in a file name; macOS refuses ":" in Finder and "/" everywhere.
const REMOVED = /["*?<>]/g
const SPACED = /[/\\:|]/g
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROLS = /[\u0000-\u001F\u007F]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

function truncate(text: string, max: number): string {
  const characters = Array.from(text)
  if (characters.length <= max) return text
  const cut = characters.slice(0, max).join('')
  const lastSpace = cut.lastIndexOf(' ')
  // Cut at a word when one ends near the limit, so the name does not end mid-word.
  return lastSpace > max * 0.75 ? cut.slice(0, lastSpace) : cut
}

/** Any text as a file name Windows and macOS accept, with the extension; `fallback` when nothing is left. */
export function safeFileName(text: string, extension: string, fallback = 'Dossier'): string {
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS.
  const tidy = (value: string) => value.replace(/^[\s.]+|[\s.]+$/g, '')
  const cleaned = text
    .normalize('NFC')
    .replace(CONTROLS, ' ')
    .replace(SPACED, ' ')
    .replace(REMOVED, '')
    .replace(/\s+/g, ' ')
  let name = tidy(truncate(tidy(cleaned), MAX_LENGTH - extension.length - 1))
  if (name === '') name = fallback
  // Windows keeps CON, NUL and the like for devices, with or without an extension after them.
  if (RESERVED.test(name.split('.')[0]?.trim() ?? '')) name = `_${name}`
  return `${name}.${extension}`
}

/** The language a file is named in: the export's, or the interface's for a bilingual export. */
export function nameLanguage(language: BriefLanguage, uiLanguage: Language): Language {
  return language === 'bilingual' ? uiLanguage : language
}

/** "<date> <partner> - <title>" joined the way the export names its files. */
export function joinNameParts(date: string, partner: string, title: string): string {
  const lead = [date, partner.trim()].filter((part) => part !== '').join(' ')
  const rest = title.trim()
  if (rest === '') return lead
  return lead === '' ? rest : `${lead} - ${rest}`
}

/** The suggested name of one brief's .docx: meeting date, first partner, title. */
export function briefFileName(
  brief: { title: BilingualText; meeting: { date: string } },
  partnerName: BilingualText | undefined,
  language: Language
): string {
  const partner = partnerName ? pick(partnerName, language) : ''
  return safeFileName(joinNameParts(brief.meeting.date, partner, pick(brief.title, language)), 'docx')
}

/** The suggested name of a package's file: start date and trip name, .docx or .zip. */
export function packageFileName(
  pkg: { name: BilingualText; startDate: string },
  format: 'docx' | 'zip',
  language: Language
): string {
  const name = [pkg.startDate, pick(pkg.name, language).trim()].filter((part) => part !== '').join(' ')
  return safeFileName(name, format)
}
