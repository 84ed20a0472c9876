import { Paragraph } from 'docx'
import type { FileChild } from 'docx'
import type { Brief, Package } from '@shared/entities'
import type { Marking } from '@shared/markings'
import { cleanLine } from './clean-text'
import { MUTED, TEXT_WIDTH } from './document-styles'
import { calendarDate, timeOfDay } from './format-date'
import { markingSpans } from './marking'
import { tagged, title } from './paragraphs'
import { runsOf } from './runs'
import type { Span } from './runs'
import { inLanguages, label } from './spans'
import { listTable } from './tables'
import type { ExportLanguage } from './types'
import { languagesIn } from '@shared/languages'
import { WORDS } from './words'

// The binder's first page: what the trip is, when, how it is marked, and the meetings in it.
// Nothing here is a heading, so the contents list starts with the first meeting.

function lines(language: ExportLanguage, textFor: (language: 'en' | 'fr') => Span): Span[] {
  return languagesIn(language).flatMap((each, index) => {
    const span = textFor(each)
    return index === 0 ? [span] : [{ text: '\n', language: each }, span]
  })
}

function spaced(children: Span[], before: number): Paragraph {
  return new Paragraph({ spacing: { before, after: 120 }, children: runsOf(children) })
}

/** The cover page of a package, ending before the contents page. */
export function packageCover(
  pkg: Package,
  briefs: readonly Brief[],
  marking: Marking,
  language: ExportLanguage
): FileChild[] {
  const dates = inLanguages(language, (each) =>
    WORDS[each].dateRange(calendarDate(pkg.startDate, each), calendarDate(pkg.endDate, each))
  )
  const rows = briefs.map((brief) => ({
    cells: [
      lines(language, (each) => ({ text: calendarDate(brief.meeting.date, each), language: each })),
      lines(language, (each) => ({ text: timeOfDay(brief.meeting.time, each), language: each })),
      lines(language, (each) => tagged(brief.title, each)),
      lines(language, (each) => {
        const place = tagged(brief.meeting.place, each)
        return place.text.trim() === ''
          ? { text: WORDS[each].toBeConfirmed, language: each }
          : { ...place, text: cleanLine(place.text) }
      })
    ]
  }))
  const widths = [Math.round(TEXT_WIDTH * 0.2), Math.round(TEXT_WIDTH * 0.12), Math.round(TEXT_WIDTH * 0.46)]
  const header = [
    label('date', language),
    label('time', language),
    label('meeting', language),
    label('place', language)
  ]
  return [
    new Paragraph({
      spacing: { before: 2_400, after: 120 },
      children: runsOf(label('tripPackage', language, { color: MUTED, size: 28 }))
    }),
    title(lines(language, (each) => tagged(pkg.name, each))),
    spaced(dates, 120),
    spaced(markingSpans(marking, language, { bold: true, size: 28 }), 240),
    spaced(label('meetings', language, { bold: true, size: 26 }), 480),
    listTable(header, rows, [...widths, TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0)])
  ]
}
