import type { Brief } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { cleanLine } from './clean-text'
import { tagged } from './paragraphs'
import type { ExportLanguage } from './types'
import { mainLanguage } from './types'

// A file name that Windows, macOS and a zip tool all accept, and that sorts by meeting date in
// a folder: "2027-02-17 Mexico - Bilateral meeting on asylum.docx".

// Windows counts a name in UTF-16 units (255 at most), macOS in UTF-8 bytes (255 at most); stay
// well inside both so a folder path still fits in front of the name.
const MAX_LENGTH = 120
const MAX_BYTES = 240
// Characters Windows refuses in a file name; macOS refuses ":" in Finder and "/" everywhere.
const REMOVED = /["*?<>]/g
const SPACED = /[/\\:|]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const utf8 = new TextEncoder()

/** The text cut to fit both limits, between user-perceived characters (a flag stays a flag). */
function truncate(text: string, maxLength: number, maxBytes: number): string {
  let cut = ''
  let bytes = 0
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8.encode(segment).length
    if (cut.length + segment.length > maxLength || bytes + size > maxBytes) {
      const lastSpace = cut.lastIndexOf(' ')
      // Cut at a word when one ends near the limit, so the name does not end mid-word.
      return lastSpace > cut.length * 0.75 ? cut.slice(0, lastSpace) : cut
    }
    cut += segment
    bytes += size
  }
  return cut
}

/** Makes any text a safe file name with the given extension; "Brief" when nothing is left. */
export function safeFileName(text: string, extension: string): string {
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS.
  const tidy = (value: string) => value.replace(/^[\s.]+|[\s.]+$/g, '')
  let name = tidy(cleanLine(text.normalize('NFC').replace(SPACED, ' ').replace(REMOVED, '')))
  name = tidy(truncate(name, MAX_LENGTH - extension.length - 1, MAX_BYTES - extension.length - 1))
  if (name === '') name = 'Brief'
  // Windows keeps CON, NUL and the like for devices, with or without an extension after them.
  if (RESERVED.test(name.split('.')[0]?.trim() ?? '')) name = `_${name}`
  return `${name}.${extension}`
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
