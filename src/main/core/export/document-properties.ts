import type { Brief, Package } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import type { BilingualText } from '@shared/languages'
import type { Marking } from '@shared/markings'
import { markingLabel } from '@shared/markings'
import type { MeetingRecord } from '@shared/records'
import type { Topic } from '@shared/topics'
import { cleanLine } from './clean-text'
import { calendarDate } from './format-date'
import { partnerNames } from './meeting-parts'
import { RECORD_WORDS } from './record-words'
import type { CoreProperties } from './package-parts'
import { tagged } from './paragraphs'
import type { ExportOptions } from './types'
import { languagesIn } from '@shared/languages'
import { typeset } from './typography'
import { WORDS } from './words'

// File > Info in Word, and what search tools index: title, subject (meeting date and partners),
// keywords (partners and topics), the author and office from the settings.

// Properties are plain strings, not runs, so they are typeset here as runs are in runs.ts.
function inLanguagesText(options: ExportOptions, textFor: (language: 'en' | 'fr') => string): string {
  return languagesIn(options.language)
    .map((language) => typeset(textFor(language), language))
    .join(' / ')
}

function textOf(value: BilingualText, options: ExportOptions): string {
  return inLanguagesText(options, (language) => cleanLine(tagged(value, language).text))
}

function topicsOf(brief: Brief, lookup: LibraryLookup): Topic[] {
  const topics = new Set<Topic>()
  for (const section of brief.sections) {
    for (const item of section.items) {
      if (item.type !== 'library') continue
      for (const topic of lookup(item.kind, item.itemId)?.topics ?? []) topics.add(topic)
    }
  }
  return [...topics]
}

function keywords(briefs: readonly Brief[], lookup: LibraryLookup, options: ExportOptions): string {
  const words = new Set<string>()
  for (const language of languagesIn(options.language)) {
    for (const brief of briefs) {
      for (const name of partnerNames(brief, lookup, language)) words.add(typeset(cleanLine(name.text), name.language))
    }
    for (const brief of briefs) {
      for (const topic of topicsOf(brief, lookup)) words.add(typeset(WORDS[language].topics[topic], language))
    }
  }
  return [...words].join(', ')
}

function creator(options: ExportOptions): string {
  return cleanLine(options.author) || 'Dossier'
}

function company(options: ExportOptions): string {
  return cleanLine(options.office)
}

/** Properties of a brief exported on its own. */
export function briefProperties(
  brief: Brief,
  lookup: LibraryLookup,
  marking: Marking,
  options: ExportOptions
): CoreProperties {
  const subject = inLanguagesText(options, (language) => {
    const partners = partnerNames(brief, lookup, language).map((name) => cleanLine(name.text))
    return WORDS[language].subject(calendarDate(brief.meeting.date, language), partners.join(', '))
  })

  return {
    title: textOf(brief.title, options),
    subject,
    creator: creator(options),
    company: company(options),
    keywords: keywords([brief], lookup, options),
    description: inLanguagesText(
      options,
      (language) => `${WORDS[language].description} (${markingLabel(marking, language)})`
    )
  }
}

/** Properties of a package exported as one document. */
export function packageProperties(
  pkg: Package,
  briefs: readonly Brief[],
  lookup: LibraryLookup,
  marking: Marking,
  options: ExportOptions
): CoreProperties {
  return {
    title: textOf(pkg.name, options),
    subject: inLanguagesText(options, (language) =>
      WORDS[language].dateRange(calendarDate(pkg.startDate, language), calendarDate(pkg.endDate, language))
    ),
    creator: creator(options),
    company: company(options),
    keywords: keywords(briefs, lookup, options),
    description: inLanguagesText(
      options,
      (language) => `${WORDS[language].packageDescription} (${markingLabel(marking, language)})`
    )
  }
}

/** Properties of a record of discussion; `asBrief` is the record seen as a brief (export-record.ts). */
export function recordProperties(
  record: MeetingRecord,
  asBrief: Brief,
  lookup: LibraryLookup,
  marking: Marking,
  options: ExportOptions
): CoreProperties {
  return {
    title: textOf(record.title, options),
    subject: inLanguagesText(options, (language) => {
      const partners = partnerNames(asBrief, lookup, language).map((name) => cleanLine(name.text))
      return RECORD_WORDS[language].subject(calendarDate(record.meeting.date, language), partners.join(', '))
    }),
    creator: creator(options),
    company: company(options),
    keywords: keywords([asBrief], lookup, options),
    description: inLanguagesText(
      options,
      (language) => `${RECORD_WORDS[language].description} (${markingLabel(marking, language)})`
    )
  }
}
