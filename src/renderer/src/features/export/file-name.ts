import { safeFileName } from '@shared/file-name'
import { pick } from '@shared/languages'
import type { BilingualText, BriefLanguage, Language } from '@shared/languages'

// A suggested name for the save dialog: "2027-02-17 Mexico - Bilateral meeting on asylum.docx",
// named the way the export names the files in a zip (src/shared/file-name.ts).

export { safeFileName }

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
