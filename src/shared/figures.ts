import { z } from 'zod'
import { bilingualTextSchema } from './languages'
import type { Language } from './languages'
import { cappedList, ITEM_LIST_LIMITS } from './item-limits'
import { sourceSchema } from './source'
import { deferred } from './deferred-schema'

// A partner's figures: series such as "Study permits issued" or "Visitor visa approval rate",
// one value per year, each value with the source it was read from and the date it was current.
// Users type them; the sample library invents none. They are stored forever and travel in
// bundles, so the shape is small and strict, and every nonsense value is refused in words.

/** A count of people or files, or a rate in percent (0 to 100). */
export const FIGURE_UNITS = ['count', 'percent'] as const
export const figureUnitSchema = z.enum(FIGURE_UNITS)
export type FigureUnit = z.infer<typeof figureUnitSchema>

/** The years a figure may be for: wide enough for any history a brief quotes, narrow enough to catch a typo. */
export const FIGURE_YEARS = { min: 1900, max: 2100 } as const

/** The largest count kept: above any migration figure, low enough that a typo of several digits shows. */
export const MAX_FIGURE_COUNT = 10_000_000_000

/** The keys of the issues a figure raises; `params.key` lets the interface translate them. */
export const FIGURE_ISSUES = {
  year: 'figure-year',
  negative: 'figure-negative',
  wholeNumber: 'figure-whole-number',
  tooLarge: 'figure-too-large',
  percent: 'figure-percent',
  decimals: 'figure-decimals',
  duplicateYear: 'figure-duplicate-year',
  source: 'figure-source',
  asOf: 'figure-as-of'
} as const

/** Where a figure was read: the document (or table, or person) in both languages, a link, and when it was current. */
export const figureSourceSchema = deferred(() => sourceSchema.pick({ document: true, link: true, asOf: true }))
export type FigureSource = z.infer<typeof figureSourceSchema>

/** One year's value in a series. The unit (and so what a valid value is) belongs to the series. */
export const figurePointSchema = deferred(() =>
  z.object({ year: z.number().int(), value: z.number(), source: figureSourceSchema }).superRefine((point, ctx) => {
    if (point.year < FIGURE_YEARS.min || point.year > FIGURE_YEARS.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['year'],
        params: { key: FIGURE_ISSUES.year },
        message: `Give a year between ${FIGURE_YEARS.min} and ${FIGURE_YEARS.max}.`
      })
    }
    if (point.value < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        params: { key: FIGURE_ISSUES.negative },
        message: 'A figure cannot be below zero.'
      })
    }
    // Never invent a figure: each one says where it comes from and when it was true.
    if (`${point.source.document.en}${point.source.document.fr}`.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'document'],
        params: { key: FIGURE_ISSUES.source },
        message: 'Say where this figure comes from.'
      })
    }
    if (point.source.asOf === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'asOf'],
        params: { key: FIGURE_ISSUES.asOf },
        message: 'Give the date this figure was current (YYYY-MM-DD, or YYYY-MM).'
      })
    }
  })
)
export type FigurePoint = z.infer<typeof figurePointSchema>

const hasDecimalsBeyond = (value: number, places: number): boolean =>
  Math.abs(Math.round(value * 10 ** places) - value * 10 ** places) > 1e-6

/** A series of figures: its name in both languages, its unit, one point per year. */
export const figureSeriesSchema = deferred(() =>
  z
    .object({
      // The same rule as entities.ts's idSchema, which this file cannot import (entities imports it).
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'Ids use lowercase letters, digits and dashes.' }),
      name: bilingualTextSchema,
      unit: figureUnitSchema,
      points: cappedList(figurePointSchema, ITEM_LIST_LIMITS.figurePoints, 'years in a series')
    })
    .superRefine((series, ctx) => {
      const seen = new Set<number>()
      series.points.forEach((point, index) => {
        const at = (field: string) => ['points', index, field]
        if (seen.has(point.year)) {
          ctx.addIssue({
            code: 'custom',
            path: at('year'),
            params: { key: FIGURE_ISSUES.duplicateYear },
            message: `The year ${point.year} is already in this series.`
          })
        }
        seen.add(point.year)
        if (point.value < 0) return
        if (series.unit === 'count' && !Number.isInteger(point.value)) {
          ctx.addIssue({
            code: 'custom',
            path: at('value'),
            params: { key: FIGURE_ISSUES.wholeNumber },
            message: 'A count is a whole number.'
          })
        } else if (series.unit === 'count' && point.value > MAX_FIGURE_COUNT) {
          ctx.addIssue({
            code: 'custom',
            path: at('value'),
            params: { key: FIGURE_ISSUES.tooLarge },
            message: 'This count is larger than any figure Dossier keeps; check the digits.'
          })
        } else if (series.unit === 'percent' && point.value > 100) {
          ctx.addIssue({
            code: 'custom',
            path: at('value'),
            params: { key: FIGURE_ISSUES.percent },
            message: 'A percentage cannot be over 100.'
          })
        } else if (series.unit === 'percent' && hasDecimalsBeyond(point.value, 2)) {
          ctx.addIssue({
            code: 'custom',
            path: at('value'),
            params: { key: FIGURE_ISSUES.decimals },
            message: 'Give a percentage with at most two decimals.'
          })
        }
      })
    })
)
export type FigureSeries = z.infer<typeof figureSeriesSchema>

/** A partner's figures: a capped list of series. */
export const figuresSchema = deferred(() =>
  cappedList(figureSeriesSchema, ITEM_LIST_LIMITS.figureSeries, 'figure series')
)

/**
 * True when two lists of series say the same (none and an empty list alike). A text's record of
 * translation (`aligned`) is left aside: confirming a translation changes no figure.
 */
export function sameFigures(a: readonly FigureSeries[] | undefined, b: readonly FigureSeries[] | undefined): boolean {
  const plain = (figures: readonly FigureSeries[] | undefined) =>
    JSON.stringify(figures ?? [], (key, value: unknown) => (key === 'aligned' ? undefined : value))
  return plain(a) === plain(b)
}

/** The points of a series from the earliest year to the latest, whatever order they were typed in. */
export function byYear(points: readonly FigurePoint[]): FigurePoint[] {
  return [...points].sort((a, b) => a.year - b.year)
}

// Numbers are formatted here rather than by Intl so that the app, the chart image and Word print
// the same characters on every machine (ICU versions differ on the French group separator).
const NBSP = '\u00a0'

function grouped(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/**
 * A figure as a reader of the language expects it: `12,345` and `85%` in English, `12 345` and
 * `85 %` in French (no-break spaces, as the Translation Bureau writes them). Up to two decimals,
 * as typed; trailing zeros dropped.
 */
export function formatFigure(value: number, unit: FigureUnit, language: Language): string {
  const [whole = '0', decimals] = (Math.round(value * 100) / 100)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.')
  const number =
    language === 'fr'
      ? grouped(whole, NBSP) + (decimals ? `,${decimals}` : '')
      : grouped(whole, ',') + (decimals ? `.${decimals}` : '')
  if (unit === 'count') return number
  return language === 'fr' ? `${number}${NBSP}%` : `${number}%`
}

/**
 * What a user typed in a value field, as a number: spaces and no-break spaces between digit
 * groups are ignored, a comma is a decimal mark in French and a group separator in English.
 * NaN when it is not a number at all.
 */
export function parseFigure(text: string, language: Language): number {
  let cleaned = text.replace(/[\s\u00a0\u202f%]/g, '')
  cleaned = language === 'fr' ? cleaned.replace(',', '.') : cleaned.replace(/,/g, '')
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return Number.NaN
  return Number(cleaned)
}
