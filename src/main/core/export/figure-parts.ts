import { ImageRun, Paragraph } from 'docx'
import type { Partner } from '@shared/entities'
import { chartDescription, chartModel, chartSvg } from '@shared/figure-chart'
import { byYear, formatFigure } from '@shared/figures'
import type { FigurePoint, FigureSeries } from '@shared/figures'
import type { Language } from '@shared/languages'
import { calendarDate } from './format-date'
import { heading, tagged, word } from './paragraphs'
import type { HeadingDepth } from './paragraphs'
import { contentWidth, paired } from './parts'
import type { Part } from './parts'
import { runsOf } from './runs'
import type { Span } from './runs'
import { listTable } from './tables'
import type { Block } from './tables'
import type { RenderContext } from './types'
import { WORDS } from './words'

// A partner's figures in the annexes, after its key facts: each series under its name, as a
// chart (when the export can draw one) and as a table of year, value, source and as-of date, so
// the reader sees where every number comes from and the table still reads without the picture.

// Twips per pixel at 96 to the inch, as docx sizes pictures.
const TWIPS_PER_PIXEL = 15

/** "May 2025" / "mai 2025" for a month alone, the date in words for a full date. */
export function asOfText(asOf: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(asOf)
  if (!month) return calendarDate(asOf, language)
  return `${WORDS[language].months[Number(month[2]) - 1] ?? ''} ${month[1]}`
}

/** Where a value comes from: the document in the column's language (the other while a draft lacks it), then its link. */
function sourceText(point: FigurePoint, language: Language): Span[] {
  const document = tagged(point.source.document, language)
  const link = point.source.link.trim()
  return [{ text: link === '' ? document.text : `${document.text} (${link})`, language: document.language }]
}

function seriesTable(series: FigureSeries, width: number, language: Language): Block {
  const valueWord = series.unit === 'percent' ? 'figurePercent' : 'figureCount'
  // Year, value and date never wrap inside a word ("202 / 2"); the source takes what is left.
  const widths = [Math.max(860, width * 0.12), Math.max(1000, width * 0.16), Math.max(1150, width * 0.2)].map(
    Math.round
  )
  const [year = 0, value = 0, asOf = 0] = widths
  const columns = [year, value, width - year - value - asOf, asOf]
  const header = (['figureYear', valueWord, 'figureSource', 'figureAsOf'] as const).map((key) => [word(key, language)])
  const rows = byYear(series.points).map((point) => ({
    cells: [
      [{ text: String(point.year), language }],
      [{ text: formatFigure(point.value, series.unit, language), language }],
      sourceText(point, language),
      [{ text: asOfText(point.source.asOf, language), language }]
    ]
  }))
  return listTable(header, rows, columns)
}

function chartParagraph(series: FigureSeries, ctx: RenderContext, language: Language): Paragraph | null {
  if (!ctx.options.charts || series.points.length === 0) return null
  const model = chartModel(series, language)
  // About 4.5 inches on a page of one language, the column's width side by side.
  const width = Math.min(Math.round(model.width * 1.2), Math.floor(contentWidth(ctx) / TWIPS_PER_PIXEL))
  const name = tagged(series.name, language).text
  return new Paragraph({
    keepNext: true,
    spacing: { after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: ctx.options.charts.png(chartSvg(model, language)),
        transformation: { width, height: Math.round((width * model.height) / model.width) },
        altText: { name, title: name, description: chartDescription(series, language) }
      })
    ]
  })
}

function caption(name: Span): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 120 }, children: runsOf([{ ...name, bold: true }]) })
}

/** The figures of the partner's version placed in the brief: a heading, then each series with its chart and table. */
export function figureParts(partner: Partner, ctx: RenderContext, depth: HeadingDepth): Part[] {
  const series = (partner.figures ?? []).filter((each) => each.points.length > 0)
  if (series.length === 0) return []
  return [
    paired(ctx, (language) => [heading(depth, [word('figures', language)])], 'with-next'),
    ...series.flatMap((each) => [
      // The series' name as a bold caption rather than a heading (a profile's figures would
      // otherwise fill the navigation pane), kept on one page with its chart and table.
      paired(
        ctx,
        (language) => {
          const chart = chartParagraph(each, ctx, language)
          return [
            caption(tagged(each.name, language)),
            ...(chart ? [chart] : []),
            seriesTable(each, contentWidth(ctx), language)
          ]
        },
        'together'
      )
    ])
  ]
}
