import { z } from 'zod'
import { isoDateSchema } from './dates'
import { bilingualTextSchema } from './languages'
import type { BilingualText } from './languages'
import { deferred } from './deferred-schema'

// Where an item's content comes from, so an office can check it before approving it and a
// reader can weigh it. Every part is optional: an empty source means nobody recorded one.

/** The issue raised for an as-of date in neither form; `params.key` lets the interface translate it. */
export const AS_OF_ISSUE = 'as-of-date'

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/**
 * When the source's information was current: a calendar date, or only a month (YYYY-MM) when
 * that is all a document says (a binder dated "May 2025" gives no day); empty when unknown.
 */
export const asOfSchema = z
  .string()
  .refine((value) => value === '' || MONTH.test(value) || isoDateSchema.safeParse(value).success, {
    message: 'Use a date in the form YYYY-MM-DD, or YYYY-MM when only the month is known.',
    params: { key: AS_OF_ISSUE }
  })

export const sourceSchema = deferred(() =>
  z.object({
    /** The document, or the person, the content comes from. */
    document: bilingualTextSchema,
    /** Where in the document: a chapter, a section, a page. */
    section: bilingualTextSchema,
    /** A web address or a file reference; the same in both languages. */
    link: z.string().max(2000, 'Keep the link under 2,000 characters.'),
    asOf: asOfSchema,
    /** What the reader should know about the source: what it does not cover, what is still to confirm. */
    note: bilingualTextSchema
  })
)
export type Source = z.infer<typeof sourceSchema>

const blank = (): BilingualText => ({ en: '', fr: '' })

/** A source with nothing recorded. */
export function emptySource(): Source {
  return { document: blank(), section: blank(), link: '', asOf: '', note: blank() }
}

/** True when any part of the source was filled in. */
export function hasSource(source: Source): boolean {
  const texts = [source.document, source.section, source.note]
  return source.link.trim() !== '' || source.asOf !== '' || texts.some((text) => `${text.en}${text.fr}`.trim() !== '')
}

/**
 * An item as read from a bundle made before items carried a source: it and each of its earlier
 * versions get an empty one, so they pass the contract. Anything else is returned unchanged, for
 * the contract to judge.
 */
export function withMissingSource(raw: unknown): unknown {
  const fill = (value: unknown): unknown =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && !('source' in value)
      ? { ...value, source: emptySource() }
      : value
  const item = fill(raw)
  if (typeof item !== 'object' || item === null || !Array.isArray((item as { history?: unknown }).history)) return item
  return { ...item, history: (item as { history: unknown[] }).history.map(fill) }
}
