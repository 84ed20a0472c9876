import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { alignRecord, textsToUpdate } from '@shared/align-records'
import { resolveItem } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import { partnerSchema } from '@shared/entities'
import type { LibraryKind, Partner } from '@shared/entities'
import { FIGURE_ISSUES, figureSeriesSchema, formatFigure, parseFigure, sameFigures } from '@shared/figures'
import type { FigureSeries } from '@shared/figures'
import { TEST_FIGURES } from '../core/export/figure-fixtures'

// A partner's figures: what the contract takes, what it refuses and in which words, and how a
// number reads in each language.

const source = { document: { en: 'Test table', fr: 'Tableau d’essai' }, link: '', asOf: '2025-05' }
const series = (overrides: Partial<FigureSeries> = {}): FigureSeries => ({
  id: 'series-test',
  name: { en: 'Asylum claims', fr: 'Demandes d’asile' },
  unit: 'count',
  points: [
    { year: 2023, value: 100, source },
    { year: 2024, value: 250, source }
  ],
  ...overrides
})

/** The keys of the issues a series raises, with the paths they point at. */
function problems(value: unknown): string[] {
  const result = figureSeriesSchema.safeParse(value)
  return result.success
    ? []
    : result.error.issues.map((issue) => {
        const key = issue.code === 'custom' ? issue.params?.['key'] : undefined
        return `${issue.path.join('.')} ${String(key ?? issue.code)}`
      })
}

describe('figure series', () => {
  it('accepts a count and a rate, each value with its source and as-of date', () => {
    for (const each of TEST_FIGURES) expect(problems(each)).toEqual([])
    expect(problems(series({ unit: 'percent', points: [{ year: 2024, value: 100, source }] }))).toEqual([])
    expect(problems(series({ points: [] }))).toEqual([])
  })

  it('refuses negative values, fractional counts, rates over 100 and years out of range, each at its field', () => {
    expect(problems(series({ points: [{ year: 2024, value: -1, source }] }))).toEqual([
      `points.0.value ${FIGURE_ISSUES.negative}`
    ])
    expect(problems(series({ points: [{ year: 2024, value: 10.5, source }] }))).toEqual([
      `points.0.value ${FIGURE_ISSUES.wholeNumber}`
    ])
    expect(problems(series({ unit: 'percent', points: [{ year: 2024, value: 100.5, source }] }))).toEqual([
      `points.0.value ${FIGURE_ISSUES.percent}`
    ])
    expect(problems(series({ unit: 'percent', points: [{ year: 2024, value: 12.345, source }] }))).toEqual([
      `points.0.value ${FIGURE_ISSUES.decimals}`
    ])
    expect(problems(series({ points: [{ year: 1899, value: 1, source }] }))).toEqual([
      `points.0.year ${FIGURE_ISSUES.year}`
    ])
    expect(problems(series({ points: [{ year: 20245, value: 1, source }] }))).toEqual([
      `points.0.year ${FIGURE_ISSUES.year}`
    ])
    expect(problems(series({ points: [{ year: 2024, value: 2e10, source }] }))).toEqual([
      `points.0.value ${FIGURE_ISSUES.tooLarge}`
    ])
  })

  it('refuses the same year twice in one series, pointing at the second', () => {
    const points = [2023, 2024, 2023].map((year) => ({ year, value: 1, source }))
    expect(problems(series({ points }))).toEqual([`points.2.year ${FIGURE_ISSUES.duplicateYear}`])
  })

  it('refuses a figure without its source or its as-of date: no figure is invented', () => {
    const blank = { document: { en: ' ', fr: '' }, link: '', asOf: '' }
    expect(problems(series({ points: [{ year: 2024, value: 1, source: blank }] }))).toEqual([
      `points.0.source.document ${FIGURE_ISSUES.source}`,
      `points.0.source.asOf ${FIGURE_ISSUES.asOf}`
    ])
    expect(problems(series({ points: [{ year: 2024, value: 1, source: { ...source, asOf: '2025-13' } }] }))).toEqual([
      'points.0.source.asOf as-of-date'
    ])
  })

  it('refuses a value that is not a number, an unknown unit and a series longer than the cap', () => {
    expect(problems(series({ points: [{ year: 2024, value: Number.NaN, source }] }))).toEqual([
      'points.0.value invalid_type'
    ])
    expect(problems({ ...series(), unit: 'euros' })).toEqual(['unit invalid_value'])
    const many = Array.from({ length: 101 }, (_, index) => ({ year: 1901 + index, value: 1, source }))
    expect(problems(series({ points: many }))).toEqual(['points too_big'])
  })
})

describe('partners and their figures', () => {
  const sample = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../resources/default-library.json'), 'utf8')
  )
  const mexico = sample.partners.find((partner: { id: string }) => partner.id === 'partner-mexico')

  it('keeps figures optional: a partner saved before they existed still reads', () => {
    expect(partnerSchema.safeParse(mexico).success).toBe(true)
    expect(partnerSchema.parse({ ...mexico, figures: TEST_FIGURES }).figures).toEqual(TEST_FIGURES)
  })

  it('refuses a partner whose figure is nonsense, naming the figure', () => {
    const bad = [{ ...series(), points: [{ year: 2024, value: -5, source }] }]
    const result = partnerSchema.safeParse({ ...mexico, figures: bad })
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['figures.0.points.0.value'])
  })

  it('invents no figure in the sample library', () => {
    for (const partner of sample.partners) expect(partner.figures ?? []).toEqual([])
  })
})

describe('figures in words', () => {
  it('writes counts and rates as each language does, with no-break spaces in French', () => {
    expect(formatFigure(12345, 'count', 'en')).toBe('12,345')
    expect(formatFigure(12345, 'count', 'fr')).toBe('12\u00a0345')
    expect(formatFigure(1234567, 'count', 'fr')).toBe('1\u00a0234\u00a0567')
    expect(formatFigure(85, 'percent', 'en')).toBe('85%')
    expect(formatFigure(85, 'percent', 'fr')).toBe('85\u00a0%')
    expect(formatFigure(62.5, 'percent', 'fr')).toBe('62,5\u00a0%')
    expect(formatFigure(0, 'count', 'en')).toBe('0')
    expect(formatFigure(100, 'count', 'en')).toBe('100')
  })

  it('reads what a user types in either language', () => {
    expect(parseFigure('12,345', 'en')).toBe(12345)
    expect(parseFigure('12 345', 'fr')).toBe(12345)
    expect(parseFigure('62,5 %', 'fr')).toBe(62.5)
    expect(parseFigure('62.5', 'en')).toBe(62.5)
    expect(parseFigure('-3', 'en')).toBe(-3)
    expect(parseFigure('about 40', 'en')).toBeNaN()
    expect(parseFigure('', 'en')).toBeNaN()
  })
})

describe('a profile placed in a brief before its figures changed', () => {
  const sample = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../resources/default-library.json'), 'utf8')
  )
  const placed = partnerSchema.parse(sample.partners.find((partner: { id: string }) => partner.id === 'partner-mexico'))
  const item = {
    type: 'library' as const,
    id: 'item-profile',
    kind: 'partner' as const,
    itemId: placed.id,
    placedVersion: placed.version,
    override: null
  }
  const lookupOf = (partner: Partner): LibraryLookup =>
    (<K extends LibraryKind>(kind: K, id: string) =>
      kind === 'partner' && id === partner.id ? partner : undefined) as LibraryLookup

  it('is out of date once the library adds figures, though its summary is the same', () => {
    const { history: _history, ...content } = placed
    const newer = { ...placed, version: placed.version + 1, figures: TEST_FIGURES, history: [content] }
    const resolved = resolveItem(item, lookupOf(newer), [placed.id])
    expect(resolved.newerLibraryText).toEqual(placed.summary)
  })

  it('is up to date when a newer version changed neither the summary nor the figures', () => {
    const { history: _history, ...content } = placed
    const newer = { ...placed, version: placed.version + 1, tags: ['renamed'], history: [content] }
    expect(resolveItem(item, lookupOf(newer), [placed.id]).newerLibraryText).toBeNull()
  })
})

describe('figures in both languages', () => {
  it('marks a series name changed in English only as needing its French, as any text', () => {
    const [counts] = TEST_FIGURES
    const before = alignRecord({ figures: TEST_FIGURES }, undefined)
    const renamed = { ...counts!, name: { ...counts!.name, en: 'Study permits issued to students' } }
    const after = alignRecord({ figures: [renamed, ...TEST_FIGURES.slice(1)] }, before)
    expect(textsToUpdate(after).map(({ path, language }) => `${path} ${language}`)).toEqual([
      'figures.series-study-permits.name fr'
    ])
  })
})

describe('comparing figures', () => {
  it('sees a changed value or year, and not a translation record', () => {
    const [counts, rates] = TEST_FIGURES
    expect(sameFigures(undefined, [])).toBe(true)
    expect(sameFigures(TEST_FIGURES, structuredClone(TEST_FIGURES))).toBe(true)
    const changed = { ...counts!, points: counts!.points.map((point) => ({ ...point, value: point.value + 1 })) }
    expect(sameFigures(TEST_FIGURES, [changed, rates!])).toBe(false)
    const recorded = {
      ...counts!,
      name: { ...counts!.name, aligned: { en: '0123456789abcdef', fr: 'fedcba9876543210' } }
    }
    expect(sameFigures(TEST_FIGURES, [recorded, rates!])).toBe(true)
  })
})
