import type { FigureSeries } from './figures'
import { byYear, formatFigure } from './figures'
import type { Language } from './languages'

// One small column chart per series, described once as a list of shapes. The app draws the
// shapes as SVG elements (React, no inline styles, so the strict CSP holds) and the Word export
// writes them as SVG markup that is turned into a PNG (main/core/export/chart-image.ts), so a
// series looks the same on screen and on paper. Pure data in, data out: no DOM, no clock, no
// randomness, coordinates rounded, so the same series always gives the same picture.

/** One shape of a chart, in the chart's own units (its viewBox). */
export type ChartShape =
  | { type: 'rect'; x: number; y: number; width: number; height: number; fill: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | {
      type: 'text'
      x: number
      y: number
      text: string
      anchor: 'start' | 'middle' | 'end'
      size: number
      fill: string
      bold: boolean
    }

/** A chart ready to draw: its size, its shapes, and the same values in words for screen readers. */
export interface ChartModel {
  width: number
  height: number
  shapes: ChartShape[]
  description: string
}

export const CHART_SIZE = { width: 360, height: 180 } as const
/** The font the chart's text is drawn in: Carlito, metric-compatible with Calibri, which Word briefs use. */
export const CHART_FONT_FAMILY = 'Carlito, Calibri, sans-serif'

const COLOURS = { bar: '#2F5597', text: '#1F1F1F', axis: '#7F7F7F', grid: '#D9D9D9' } as const
const MARGIN = { top: 24, bottom: 26, left: 10, right: 10 } as const
// Past this many years the value labels would touch; the table beside the chart holds them all.
const MAX_VALUE_LABELS = 10
const MAX_YEAR_LABELS = 12

const round = (value: number): number => Math.round(value * 100) / 100

/** The largest value the axis reaches: 100 for a rate, the largest count (at least 1) otherwise. */
function axisTop(series: FigureSeries): number {
  if (series.unit === 'percent') return 100
  return Math.max(1, ...series.points.map((point) => point.value))
}

/** The series in words: "Study permits: 2022, 12,345; 2023, 13,000." in the language given. */
export function chartDescription(series: FigureSeries, language: Language): string {
  const name = series.name[language].trim() || series.name[language === 'en' ? 'fr' : 'en']
  const values = byYear(series.points).map(
    (point) => `${point.year}${language === 'fr' ? '\u00a0:' : ','} ${formatFigure(point.value, series.unit, language)}`
  )
  return `${name}${language === 'fr' ? '\u00a0:' : ':'} ${values.join('; ')}.`
}

/** The chart of one series: a column per year, oldest on the left, values above and years below. */
export function chartModel(series: FigureSeries, language: Language): ChartModel {
  const { width, height } = CHART_SIZE
  const points = byYear(series.points)
  const plotWidth = width - MARGIN.left - MARGIN.right
  const plotHeight = height - MARGIN.top - MARGIN.bottom
  const baseline = height - MARGIN.bottom
  const top = axisTop(series)
  const slot = points.length > 0 ? plotWidth / points.length : plotWidth
  const barWidth = Math.min(40, slot * 0.6)
  const yearStep = Math.ceil(points.length / MAX_YEAR_LABELS)
  const shapes: ChartShape[] = []

  // A rate's axis runs to 100 %: a faint line there shows how far from full each column is.
  if (series.unit === 'percent') {
    shapes.push({
      type: 'line',
      x1: MARGIN.left,
      y1: MARGIN.top,
      x2: width - MARGIN.right,
      y2: MARGIN.top,
      stroke: COLOURS.grid
    })
  }
  points.forEach((point, index) => {
    const centre = MARGIN.left + slot * index + slot / 2
    const barHeight = (Math.min(point.value, top) / top) * plotHeight
    shapes.push({
      type: 'rect',
      x: round(centre - barWidth / 2),
      y: round(baseline - barHeight),
      width: round(barWidth),
      height: round(barHeight),
      fill: COLOURS.bar
    })
    if (points.length <= MAX_VALUE_LABELS) {
      shapes.push({
        type: 'text',
        x: round(centre),
        y: round(baseline - barHeight - 5),
        text: formatFigure(point.value, series.unit, language),
        anchor: 'middle',
        size: points.length > 6 ? 10 : 13,
        fill: COLOURS.text,
        bold: false
      })
    }
    if (index % yearStep === 0 || index === points.length - 1) {
      shapes.push({
        type: 'text',
        x: round(centre),
        y: baseline + 17,
        text: String(point.year),
        anchor: 'middle',
        size: 13,
        fill: COLOURS.text,
        bold: false
      })
    }
  })
  shapes.push({
    type: 'line',
    x1: MARGIN.left,
    y1: baseline,
    x2: width - MARGIN.right,
    y2: baseline,
    stroke: COLOURS.axis
  })
  return { width, height, shapes, description: chartDescription(series, language) }
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function shapeMarkup(shape: ChartShape): string {
  switch (shape.type) {
    case 'rect':
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" fill="${shape.fill}"/>`
    case 'line':
      return `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${shape.stroke}" stroke-width="1"/>`
    case 'text':
      return (
        `<text x="${shape.x}" y="${shape.y}" text-anchor="${shape.anchor}" font-size="${shape.size}"` +
        `${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.fill}">${escapeXml(shape.text)}</text>`
      )
  }
}

/** The chart as a standalone SVG document, for the Word export's image; white behind, so it prints as drawn. */
export function chartSvg(model: ChartModel, language: Language): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${model.width}" height="${model.height}"`,
    ` viewBox="0 0 ${model.width} ${model.height}" font-family="${CHART_FONT_FAMILY}" xml:lang="${language}">`,
    `<title>${escapeXml(model.description)}</title>`,
    `<rect x="0" y="0" width="${model.width}" height="${model.height}" fill="#FFFFFF"/>`,
    ...model.shapes.map(shapeMarkup),
    '</svg>'
  ].join('')
}
