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
function nameLanguage(language: BriefLanguage, uiLanguage: Language): Language {
  return language === 'bilingual' ? uiLanguage : language
}

/** Which document of a meeting a file holds: its brief, the brief's pocket card, or its record. */
export type MeetingDocument = 'brief' | 'card' | 'record'

const ENDINGS: Record<Language, Record<Exclude<MeetingDocument, 'brief'> | 'bilingual', string>> = {
  en: { card: 'card', record: 'record of discussion', bilingual: 'bilingual' },
  fr: { card: 'fiche', record: 'compte rendu', bilingual: 'bilingue' }
}

/**
 * What tells a file apart from the others of the same meeting and name: " - card", " - record of
 * discussion", then " - bilingual" for both languages side by side. Without them a bilingual
 * export took the name of the export in the interface's language, and the save dialog offered to
 * write over it; a record took its brief's.
 */
function ending(document: MeetingDocument, language: BriefLanguage, named: Language): string {
  const words = ENDINGS[named]
  const parts = [document === 'brief' ? '' : words[document], language === 'bilingual' ? words.bilingual : '']
  return parts
    .filter((part) => part !== '')
    .map((part) => ` - ${part}`)
    .join('')
}

function joinParts(lead: readonly string[], rest: string): string {
  const start = lead.filter((part) => part !== '').join(' ')
  if (rest === '') return start
  return start === '' ? rest : `${start} - ${rest}`
}

/** "<meeting date> <first partner> - <title>[ - card][ - bilingual].docx", for a document of a meeting. */
function meetingFileName(
  meeting: Pick<Brief, 'meeting' | 'partnerIds' | 'title'>,
  lookup: LibraryLookup,
  language: BriefLanguage,
  uiLanguage: Language,
  document: MeetingDocument
): string {
  const named = nameLanguage(language, uiLanguage)
  const partnerId = meeting.partnerIds[0]
  const partner = partnerId === undefined ? undefined : lookup('partner', partnerId)
  const partnerName = partner ? cleanLine(pick(partner.name, named)) : ''
  const title = cleanLine(pick(meeting.title, named))
  const text = joinParts([meeting.meeting.date, partnerName], title)
  return safeFileName(text, 'docx', document === 'record' ? 'Record' : 'Brief', ending(document, language, named))
}

/** "<meeting date> <first partner> - <title>.docx", or its pocket card's ("… - card.docx"). */
export function briefFileName(
  brief: Brief,
  lookup: LibraryLookup,
  language: BriefLanguage,
  uiLanguage: Language,
  document: 'brief' | 'card' = 'brief'
): string {
  return meetingFileName(brief, lookup, language, uiLanguage, document)
}

/** A record of discussion's: its brief's name and " - record of discussion", so the two sort together. */
export function recordFileName(
  record: MeetingRecord,
  lookup: LibraryLookup,
  language: BriefLanguage,
  uiLanguage: Language
): string {
  return meetingFileName(record, lookup, language, uiLanguage, 'record')
}

/** "<start date> <trip name>[ - bilingual].docx" or ".zip". */
export function packageFileName(
  pkg: Package,
  format: 'docx' | 'zip',
  language: BriefLanguage,
  uiLanguage: Language
): string {
  const named = nameLanguage(language, uiLanguage)
  const name = [pkg.startDate, cleanLine(pick(pkg.name, named))].filter((part) => part !== '').join(' ')
  return safeFileName(name, format, 'Package', ending('brief', language, named))
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
