import { AlignmentType, Footer, Header, Paragraph, TabStopType } from 'docx'
import type { Marking } from '@shared/markings'
import { TEXT_WIDTH, MUTED } from './document-styles'
import { calendarDate } from './format-date'
import { markingSpans } from './marking'
import { pageField, runsOf } from './runs'
import type { ExportLanguage } from './types'
import { languagesIn } from '@shared/languages'
import { WORDS } from './words'

// Government of Canada practice puts the marking at the top right of every page and, here,
// again at the bottom, so a page torn out of the binder still says how to handle it.

/** The marking, bold, at the top right of every page. */
export function pageHeader(marking: Marking, language: ExportLanguage): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 0 },
        children: runsOf(markingSpans(marking, language, { bold: true }))
      })
    ]
  })
}

/** The marking, "Page X of Y" with live fields, and the export date, on every page. */
export function pageFooter(marking: Marking, language: ExportLanguage, exportDate: string): Footer {
  const small = { size: 18, color: MUTED }
  const pageCount = languagesIn(language).flatMap((each, index) => {
    const words = WORDS[each]
    const look = { ...small, language: each }
    return [
      ...(index > 0 ? runsOf([{ ...look, text: ' / ' }]) : []),
      ...runsOf([{ ...look, text: words.page }]),
      pageField('page', look),
      ...runsOf([{ ...look, text: words.pageOf }]),
      pageField('pages', look)
    ]
  })
  const exported = languagesIn(language).flatMap((each, index) => [
    ...(index > 0 ? [{ ...small, text: ' / ', language: each }] : []),
    { ...small, text: `${WORDS[each].exported}${calendarDate(exportDate, each)}`, language: each }
  ])
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 40 },
        children: runsOf(markingSpans(marking, language, { bold: true }))
      }),
      new Paragraph({
        spacing: { after: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          ...pageCount,
          ...runsOf([{ ...small, text: '\t', language: exported[0]?.language ?? 'en' }, ...exported])
        ]
      })
    ]
  })
}
