import { z } from 'zod'
import {
  idSchema,
  LIBRARY_KINDS,
  libraryContentShapes,
  REQUIRED_TEXT_FIELDS,
  requireBothLanguagesUnlessDraft,
  statusSchema
} from './entities'
import type { LibraryKind } from './entities'
import { markingSchema } from './markings'
import { REVIEW_STATES } from './review'
import { topicSchema } from './topics'
import { deferred } from './deferred-schema'

// What the interface sends to create or change library items. The app fills in what the user
// does not write: the version, who saved and when, and the history of earlier versions.

const SERVER_FIELDS = { id: true, version: true, updatedAt: true, updatedBy: true } as const
// Absent for a new item: the app makes a readable id from its title.
const optionalId = { id: idSchema.optional() }

function bothLanguagesFor(kind: LibraryKind) {
  return (draft: { status: string }, ctx: z.RefinementCtx) =>
    requireBothLanguagesUnlessDraft(draft, REQUIRED_TEXT_FIELDS[kind], ctx)
}

/** A library item as a form edits it, per kind. */
export const libraryDraftSchemas = deferred(() => ({
  partner: z
    .object(libraryContentShapes.partner)
    .omit(SERVER_FIELDS)
    .extend(optionalId)
    .superRefine(bothLanguagesFor('partner')),
  keyMessage: z
    .object(libraryContentShapes.keyMessage)
    .omit(SERVER_FIELDS)
    .extend(optionalId)
    .superRefine(bothLanguagesFor('keyMessage')),
  irritant: z
    .object(libraryContentShapes.irritant)
    .omit(SERVER_FIELDS)
    .extend(optionalId)
    .superRefine(bothLanguagesFor('irritant')),
  backgroundNote: z
    .object(libraryContentShapes.backgroundNote)
    .omit(SERVER_FIELDS)
    .extend(optionalId)
    .superRefine(bothLanguagesFor('backgroundNote'))
}))
export type LibraryDraftByKind = { [K in LibraryKind]: z.input<(typeof libraryDraftSchemas)[K]> }

/** When given, the save is refused if someone saved a newer version since the form was opened. */
const expectedVersion = z.number().int().min(1).optional()

export const saveLibraryItemInput = deferred(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('partner'), item: libraryDraftSchemas.partner, expectedVersion }).strict(),
    z.object({ kind: z.literal('keyMessage'), item: libraryDraftSchemas.keyMessage, expectedVersion }).strict(),
    z.object({ kind: z.literal('irritant'), item: libraryDraftSchemas.irritant, expectedVersion }).strict(),
    z.object({ kind: z.literal('backgroundNote'), item: libraryDraftSchemas.backgroundNote, expectedVersion }).strict()
  ])
)
export type SaveLibraryItemInput = z.infer<typeof saveLibraryItemInput>

export const LIBRARY_SORTS = ['relevance', 'title', 'review-by'] as const

/**
 * How an item's translation stands, for filtering: some text needs updating in one language
 * (the other changed since they last matched), or some text is written in one language only.
 */
export const TRANSLATION_FILTERS = ['needs-update', 'one-language'] as const
export type TranslationFilter = (typeof TRANSLATION_FILTERS)[number]

/** Search and filters combine: every filter given must match, and the query (if any) too. */
export const searchLibraryInput = deferred(() =>
  z
    .object({
      query: z.string().max(200, 'Keep the search under 200 characters.').default(''),
      kinds: z.array(z.enum(LIBRARY_KINDS)).optional(),
      partnerId: idSchema.optional(),
      topic: topicSchema.optional(),
      /** Retired items are left out unless asked for. */
      statuses: z.array(statusSchema).default(['draft', 'approved']),
      marking: markingSchema.optional(),
      review: z.array(z.enum(REVIEW_STATES)).optional(),
      translation: z.array(z.enum(TRANSLATION_FILTERS)).optional(),
      /** What Needs review lists: a review overdue or due soon, or a translation that needs updating. */
      needsReview: z.boolean().default(false),
      sort: z.enum(LIBRARY_SORTS).default('relevance'),
      /** The page asked for: `limit` hits from the `offset`th (the total is always given). */
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(1000).default(200)
    })
    .strict()
)
export type SearchLibraryInput = z.input<typeof searchLibraryInput>

export const libraryRefInput = z.object({ kind: z.enum(LIBRARY_KINDS), id: idSchema }).strict()

export const setStatusInput = libraryRefInput.extend({ status: statusSchema, expectedVersion }).strict()

/** "Still matches": a person confirms both languages of every text of the item say the same thing. */
export const confirmTranslationInput = libraryRefInput.extend({ expectedVersion }).strict()

export const restoreVersionInput = deferred(() =>
  libraryRefInput.extend({ version: z.number().int().min(1), expectedVersion }).strict()
)
