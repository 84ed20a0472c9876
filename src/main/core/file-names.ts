import type { Brief, Package } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { safeFileName } from '@shared/file-name'
import { pick } from '@shared/languages'
import type { BriefLanguage, Language } from '@shared/languages'
import type { Marking } from '@shared/markings'
import type { MeetingRecord } from '@shared/records'
import { cleanLine } from './export/clean-text'

// The one place file names are made: the name the save dialog suggests, the name the command
// line uses for a folder given as --out, and the names of the files inside a zip package. They
// sort by date in a folder: "2027-02-17 Mexico - Bilateral meeting on asylum.docx".

/** The language a file is named in: the export's, or the interface's for a bilingual export. */
export function nameLanguage(language: BriefLanguage, uiLanguage: Language): Language {
  return language === 'bilingual' ? uiLanguage : language
}

function joinParts(lead: readonly string[], rest: string): string {
  const start = lead.filter((part) => part !== '').join(' ')
  if (rest === '') return start
  return start === '' ? rest : `${start} - ${rest}`
}

/** "<meeting date> <first partner> - <title>.docx", for a brief or a record of its meeting. */
function meetingFileName(
  meeting: Pick<Brief, 'meeting' | 'partnerIds' | 'title'>,
  lookup: LibraryLookup,
  language: Language,
  fallback: string
): string {
  const partnerId = meeting.partnerIds[0]
  const partner = partnerId === undefined ? undefined : lookup('partner', partnerId)
  const partnerName = partner ? cleanLine(pick(partner.name, language)) : ''
  const title = cleanLine(pick(meeting.title, language))
  return safeFileName(joinParts([meeting.meeting.date, partnerName], title), 'docx', fallback)
}

/** "<meeting date> <first partner> - <title>.docx". */
export function briefFileName(brief: Brief, lookup: LibraryLookup, language: Language): string {
  return meetingFileName(brief, lookup, language, 'Brief')
}

/** A record of discussion's, named as its brief's, so the two sort together. */
export function recordFileName(record: MeetingRecord, lookup: LibraryLookup, language: Language): string {
  return meetingFileName(record, lookup, language, 'Record')
}

/** "<start date> <trip name>.docx" or ".zip". */
export function packageFileName(pkg: Package, format: 'docx' | 'zip', language: Language): string {
  const name = [pkg.startDate, cleanLine(pick(pkg.name, language))].filter((part) => part !== '').join(' ')
  return safeFileName(name, format, 'Package')
}

/**
 * "dossier-library-2026-11-26-PROTECTED-A.dossier": the day the officer made it, in local time,
 * and the bundle's highest marking, so whoever handles the file sees how to handle it.
 */
export function bundleFileName(now: Date, marking: Marking): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  return `dossier-library-${day}-${marking.replace(/ /g, '-')}.dossier`
}

/** "<publisher name>.dossier-key": the public key file other offices import to trust this one. */
export function publicKeyFileName(publisherName: string): string {
  return safeFileName(cleanLine(publisherName), 'dossier-key', 'Dossier publisher')
}
