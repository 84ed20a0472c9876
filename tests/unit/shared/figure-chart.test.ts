import { describe, expect, it } from 'vitest'
import { chartDescription, chartModel, chartSvg } from '@shared/figure-chart'
import type { ChartShape } from '@shared/figure-chart'
import { TEST_FIGURES } from '../core/export/figure-fixtures'

// The chart model both the app and the Word export draw: a column per year, oldest first,
// heights in proportion, labels in the reader's language.

const [counts, rates] = TEST_FIGURES as [(typeof TEST_FIGURES)[0], (typeof TEST_FIGURES)[0]]
const bars = (shapes: ChartShape[]) => shapes.filter((shape) => shape.type === 'rect')
const texts = (shapes: ChartShape[]) => shapes.flatMap((shape) => (shape.type === 'text' ? [shape.text] : []))

describe('the chart of a series', () => {
  it('draws one column per year, oldest on the left, heights in proportion to the values', () => {
    const model = chartModel(counts, 'en')
    const columns = bars(model.shapes)
    expect(columns).toHaveLength(3)
    expect(columns.map((bar) => bar.x)).toEqual([...columns.map((bar) => bar.x)].sort((a, b) => a - b))
    // 2022: 9,870; 2023: 20,500 (the tallest); 2024: 12,345.
    const [first, tallest, last] = columns.map((bar) => bar.height)
    expect(tallest).toBeGreaterThan(last ?? 0)
    expect((first ?? 0) / (tallest ?? 1)).toBeCloseTo(9870 / 20500, 2)
    expect(texts(model.shapes)).toEqual(['9,870', '2022', '20,500', '2023', '12,345', '2024'])
  })

  it('measures a rate against 100 % and labels it in French with French spacing', () => {
    const model = chartModel(rates, 'fr')
    const [lower, higher] = bars(model.shapes)
    expect((lower?.height ?? 0) / (higher?.height ?? 1)).toBeCloseTo(62.5 / 85, 2)
    expect(texts(model.shapes)).toContain('62,5\u00a0%')
    expect(model.description).toBe(
      'Taux d’approbation des visas de visiteur\u00a0: 2023\u00a0: 62,5\u00a0%; 2024\u00a0: 85\u00a0%.'
    )
  })

  it('says the values in words for screen readers', () => {
    expect(chartDescription(counts, 'en')).toBe('Study permits issued: 2022, 9,870; 2023, 20,500; 2024, 12,345.')
  })

  it('gives the same SVG for the same series, every time, with its text escaped', () => {
    const tricky = { ...counts, name: { en: 'Claims <by> "R&D"', fr: '' } }
    const svg = chartSvg(chartModel(tricky, 'en'), 'en')
    expect(svg).toBe(chartSvg(chartModel(structuredClone(tricky), 'en'), 'en'))
    expect(svg).toContain('Claims &lt;by&gt; &quot;R&amp;D&quot;')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  })

  it('draws no column for an empty series and keeps labels from crowding a long one', () => {
    expect(bars(chartModel({ ...counts, points: [] }, 'en').shapes)).toEqual([])
    const source = counts.points[0]!.source
    const long = {
      ...counts,
      points: Array.from({ length: 30 }, (_, index) => ({ year: 1990 + index, value: index, source }))
    }
    const labels = texts(chartModel(long, 'en').shapes)
    expect(labels.length).toBeLessThanOrEqual(13)
    expect(labels).toContain('2019')
  })
})
