import type { Brief } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { safeFileName as sharedSafeFileName } from '@shared/file-name'
import { cleanLine } from './clean-text'
import { tagged } from './paragraphs'
import type { ExportLanguage } from './types'
import { mainLanguage } from './types'

// A file name that Windows, macOS and a zip tool all accept, and that sorts by meeting date in
// a folder: "2027-02-17 Mexico - Bilateral meeting on asylum.docx".

/** A safe file name for an exported brief; "Brief" when the text leaves nothing. */
export function safeFileName(text: string, extension: string): string {
  return sharedSafeFileName(text, extension, 'Brief')
}

/** "<meeting date> <first partner> - <title>.docx", in the export's language (English for bilingual). */
export function briefFileName(brief: Brief, lookup: LibraryLookup, language: ExportLanguage): string {
  const each = mainLanguage(language)
  const partnerId = brief.partnerIds[0]
  const partner = partnerId === undefined ? undefined : lookup('partner', partnerId)
  const partnerName = partner ? cleanLine(tagged(partner.name, each).text) : ''
  const title = cleanLine(tagged(brief.title, each).text)
  const lead = [brief.meeting.date, partnerName].filter((part) => part !== '').join(' ')
  return safeFileName(title === '' ? lead : `${lead} - ${title}`, 'docx')
}
