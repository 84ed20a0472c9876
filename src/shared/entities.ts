import { z } from 'zod'
import { bilingualTextSchema, briefLanguageSchema, isComplete, languageSchema } from './languages'
import type { BilingualText } from './languages'
import { markingSchema } from './markings'
import { isoDateSchema, timeOfDaySchema, timestampSchema } from './dates'
import { sourceSchema } from './source'
import { topicSchema } from './topics'
import { cappedList, ITEM_LIST_LIMITS } from './item-limits'
import { meetingPlanShape } from './meeting-plan'
import { figuresSchema } from './figures'
import { STATUSES } from './statuses'
import { deferred } from './deferred-schema'

/** Ids are short, readable and safe in file names: letters, digits and dashes. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { message: 'Ids use lowercase letters, digits and dashes.' })

const shortText = z.string().max(500, 'Keep this under 500 characters.')

export { STATUSES }
export const statusSchema = z.enum(STATUSES)
export type Status = z.infer<typeof statusSchema>

/** Fields every library item carries, whatever its kind. */
const itemMetaShape = deferred(() => ({
  id: idSchema,
  status: statusSchema,
  marking: markingSchema,
  owner: shortText,
  topics: cappedList(topicSchema, ITEM_LIST_LIMITS.topics, 'topics'),
  lastReviewed: isoDateSchema,
  reviewBy: isoDateSchema,
  /** Where the content comes from (document, person, link, as-of date); empty when not recorded. */
  source: sourceSchema,
  /** Increases by one on every saved change; briefs remember the version they copied. */
  version: z.number().int().min(1),
  updatedAt: timestampSchema,
  updatedBy: shortText
}))

// --- Partner ---------------------------------------------------------------------------------

export const PARTNER_KINDS = ['country', 'organization', 'forum', 'region'] as const
export const partnerKindSchema = z.enum(PARTNER_KINDS)

export const keyFactSchema = deferred(() => z.object({ label: bilingualTextSchema, value: bilingualTextSchema }))
export type KeyFact = z.infer<typeof keyFactSchema>

/** The key of the issue raised for a person (or participant) with neither a name nor a title. */
export const NAME_OR_TITLE_ISSUE = 'name-or-title-required'

/** The key of the issue raised for a partner named as another partner already is. */
export const DUPLICATE_NAME_ISSUE = 'duplicate-name'

// A profile may describe a post before anyone knows who holds it ("UNHCR Representative in
// Canada"): the name is then empty, and the app and Word print "Name to be confirmed" in the
// reader's language rather than an English placeholder inside the name.
export const personSchema = deferred(() =>
  z
    .object({
      id: idSchema,
      name: shortText,
      title: bilingualTextSchema,
      organization: bilingualTextSchema,
      bio: bilingualTextSchema
    })
    .refine((person) => [person.name, person.title.en, person.title.fr].some((text) => text.trim() !== ''), {
      path: ['name'],
      message: 'A person needs a name, or a title while the name is to be confirmed.',
      params: { key: NAME_OR_TITLE_ISSUE }
    })
)
export type Person = z.infer<typeof personSchema>

const partnerContentShape = deferred(() => ({
  ...itemMetaShape,
  kind: partnerKindSchema,
  name: bilingualTextSchema,
  summary: bilingualTextSchema,
  relationship: bilingualTextSchema,
  keyFacts: cappedList(keyFactSchema, ITEM_LIST_LIMITS.keyFacts, 'key facts'),
  people: cappedList(personSchema, ITEM_LIST_LIMITS.people, 'people'),
  programmes: cappedList(bilingualTextSchema, ITEM_LIST_LIMITS.programmes, 'programmes'),
  /** Members of a forum or region, or the groups a country belongs to. */
  relatedPartnerIds: cappedList(idSchema, ITEM_LIST_LIMITS.partnerLinks, 'related partners'),
  tags: cappedList(shortText, ITEM_LIST_LIMITS.tags, 'tags'),
  /** From data version 6: series of figures, each value with its source and as-of date (figures.ts); absent when none. */
  figures: figuresSchema.optional()
}))

// --- Key message, irritant, background note ------------------------------------------------------

const keyMessageContentShape = deferred(() => ({
  ...itemMetaShape,
  title: bilingualTextSchema,
  text: bilingualTextSchema,
  /**
   * From data version 5: the message in a few words, for the pocket card; without it (or in a
   * language it leaves empty) the card prints the text's first sentence.
   */
  shortForm: bilingualTextSchema.optional(),
  partnerIds: cappedList(idSchema, ITEM_LIST_LIMITS.partnerLinks, 'linked partners')
}))

export const responsiveLineSchema = deferred(() =>
  z.object({
    id: idSchema,
    text: bilingualTextSchema,
    /** null for a line usable with any partner. */
    partnerId: idSchema.nullable(),
    /** From data version 5: the line in a few words, for the pocket card (as a key message's). */
    shortForm: bilingualTextSchema.optional()
  })
)
export type ResponsiveLine = z.infer<typeof responsiveLineSchema>

const irritantContentShape = deferred(() => ({
  ...itemMetaShape,
  title: bilingualTextSchema,
  context: bilingualTextSchema,
  responsiveLines: cappedList(responsiveLineSchema, ITEM_LIST_LIMITS.responsiveLines, 'responsive lines'),
  partnerIds: cappedList(idSchema, ITEM_LIST_LIMITS.partnerLinks, 'linked partners')
}))

const backgroundNoteContentShape = deferred(() => ({
  ...itemMetaShape,
  title: bilingualTextSchema,
  body: bilingualTextSchema,
  partnerIds: cappedList(idSchema, ITEM_LIST_LIMITS.partnerLinks, 'linked partners')
}))

// --- History and completeness ------------------------------------------------------------------

/** Content fields of each kind, without history: what a form edits and what a version keeps. */
export const libraryContentShapes = deferred(() => ({
  partner: partnerContentShape,
  keyMessage: keyMessageContentShape,
  irritant: irritantContentShape,
  backgroundNote: backgroundNoteContentShape
}))

/** The texts an approved item must have in both languages, per kind. */
export const REQUIRED_TEXT_FIELDS = {
  partner: ['name', 'summary'],
  keyMessage: ['title', 'text'],
  irritant: ['title', 'context'],
  backgroundNote: ['title', 'body']
} as const

/** An item's content plus its earlier versions (oldest first), each a full earlier copy. */
function withHistory<Shape extends z.ZodRawShape>(shape: Shape, textFields: readonly string[]) {
  const content = z.object(shape)
  return z
    .object({ ...shape, history: z.array(content) })
    .superRefine((item, ctx) => requireBothLanguagesUnlessDraft(item as unknown as { status: string }, textFields, ctx))
}

/** The issue raised when an approved item lacks a language; `params.key` lets the interface translate it. */
export const BOTH_LANGUAGES_ISSUE = 'both-languages-required'

// An approved or retired item is what officers brief from, so both languages must be there;
// a draft may be half-translated.
export function requireBothLanguagesUnlessDraft(
  item: { status: string },
  textFields: readonly string[],
  ctx: z.RefinementCtx
): void {
  if (item.status === 'draft') return
  for (const field of textFields) {
    const value = (item as unknown as Record<string, BilingualText | undefined>)[field]
    if (value === undefined || !isComplete(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        params: { key: BOTH_LANGUAGES_ISSUE },
        message: 'An approved item needs both English and French text; save it as a draft until both are written.'
      })
    }
  }
}

export const partnerSchema = deferred(() => withHistory(partnerContentShape, REQUIRED_TEXT_FIELDS.partner))
export const keyMessageSchema = deferred(() => withHistory(keyMessageContentShape, REQUIRED_TEXT_FIELDS.keyMessage))
export const irritantSchema = deferred(() => withHistory(irritantContentShape, REQUIRED_TEXT_FIELDS.irritant))
export const backgroundNoteSchema = deferred(() =>
  withHistory(backgroundNoteContentShape, REQUIRED_TEXT_FIELDS.backgroundNote)
)

export type Partner = z.infer<typeof partnerSchema>
export type KeyMessage = z.infer<typeof keyMessageSchema>
export type Irritant = z.infer<typeof irritantSchema>
export type BackgroundNote = z.infer<typeof backgroundNoteSchema>

/** The four kinds of library item, each stored in its own collection. */
export const LIBRARY_KINDS = ['partner', 'keyMessage', 'irritant', 'backgroundNote'] as const
export const libraryKindSchema = z.enum(LIBRARY_KINDS)
export type LibraryKind = z.infer<typeof libraryKindSchema>

export const librarySchemas = {
  partner: partnerSchema,
  keyMessage: keyMessageSchema,
  irritant: irritantSchema,
  backgroundNote: backgroundNoteSchema
} as const

export interface LibraryItemByKind {
  partner: Partner
  keyMessage: KeyMessage
  irritant: Irritant
  backgroundNote: BackgroundNote
}
export type LibraryItem = LibraryItemByKind[LibraryKind]

/**
 * A library item as lists carry it (search answers): all but its history, which only its own
 * page shows. An item keeps a full copy of every earlier version, so after months of edits its
 * history outweighs it many times, and a page of 30 cards carried all of it at every keystroke.
 */
export type ListedItem<K extends LibraryKind = LibraryKind> = K extends LibraryKind
  ? Omit<LibraryItemByKind[K], 'history'>
  : never

/** Every library item's display title, whatever its kind. */
export function itemTitle(kind: LibraryKind, item: ListedItem): BilingualText {
  return kind === 'partner' ? (item as ListedItem<'partner'>).name : (item as ListedItem<'keyMessage'>).title
}

// --- Brief -----------------------------------------------------------------------------------

export const BRIEF_TEMPLATES = [
  'bilateral',
  'multilateral',
  'courtesy-call',
  'senior-officials',
  'forum-side-meeting'
] as const
export const briefTemplateSchema = z.enum(BRIEF_TEMPLATES)

export const MEETING_FORMATS = ['bilateral', 'multilateral', 'courtesy-call', 'forum-side-meeting'] as const
export const meetingFormatSchema = z.enum(MEETING_FORMATS)

export const SECTION_KINDS = [
  'meeting-details',
  'key-messages',
  'their-objectives',
  'irritants',
  'background',
  'participants',
  'annexes',
  'custom',
  /** From data version 6: what earlier records of discussion say, filled in when a brief is created. */
  'previous-meetings'
] as const
export const sectionKindSchema = z.enum(SECTION_KINDS)

/** A short text in both languages, for fields that are typed once per meeting rather than kept in the library. */
export const shortBilingualSchema = z.object({ en: shortText, fr: shortText })

/**
 * Someone at the table. The name is the same in both languages; it may stay empty while the
 * person is not yet known (exports print "to be confirmed" in the document's language), but then
 * the title must say who is expected. Title and organization are printed in the document's
 * language, so they carry both.
 */
export const participantSchema = deferred(() =>
  z
    .object({
      name: shortText,
      title: shortBilingualSchema,
      organization: shortBilingualSchema,
      /** The partner person this participant was picked from, if any. */
      personId: idSchema.nullable()
    })
    .refine((person) => [person.name, person.title.en, person.title.fr].some((text) => text.trim() !== ''), {
      path: ['name'],
      message: 'A participant needs a name, or a title while the name is to be confirmed.',
      params: { key: NAME_OR_TITLE_ISSUE }
    })
)
export type Participant = z.infer<typeof participantSchema>

/** One responsive line of an irritant as a brief holds it, by the library line's id. */
export const briefLineRowSchema = deferred(() =>
  z.object({
    lineId: idSchema,
    /** False for a line the officer left out of this brief; true for one added (a group's line, see offered-lines.ts). */
    included: z.boolean(),
    /** The brief's own text for this line; null while it follows the library. */
    override: bilingualTextSchema.nullable()
  })
)
export type BriefLineRow = z.infer<typeof briefLineRowSchema>

/**
 * An irritant's rows in a brief, each with its own copy: the context, and the lines the officer
 * changed there (left out, added, or edited). A line without a row follows the library and is in
 * the brief when it is general or aimed at one of the brief's partners (irritant-rows.ts).
 */
export const irritantRowsSchema = deferred(() =>
  z.object({
    context: z.object({ override: bilingualTextSchema.nullable() }),
    lines: cappedList(briefLineRowSchema, ITEM_LIST_LIMITS.responsiveLines, 'responsive lines')
  })
)
export type IrritantRows = z.infer<typeof irritantRowsSchema>

/** A library item placed in a brief: a reference, plus the brief's own text when edited there. */
export const libraryBriefItemSchema = deferred(() =>
  z
    .object({
      type: z.literal('library'),
      id: idSchema,
      kind: libraryKindSchema,
      itemId: idSchema,
      /** The library version the brief copied; a newer library version means the copy is out of date. */
      placedVersion: z.number().int().min(1),
      /** The brief's own copy of the text; null while it follows the library. Always null for an irritant, edited by row. */
      override: bilingualTextSchema.nullable(),
      /** An irritant's rows where the brief differs from the library; absent while it follows the library throughout. */
      rows: irritantRowsSchema.optional()
    })
    .superRefine((item, ctx) => {
      if (item.kind === 'irritant' && item.override !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['override'],
          message: 'An irritant in a brief is edited row by row: its context and each line.'
        })
      }
      if (item.kind !== 'irritant' && item.rows !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Only an irritant has rows.' })
      }
    })
)

/** Text written in the brief itself, not drawn from the library. */
export const textBriefItemSchema = deferred(() =>
  z.object({
    type: z.literal('text'),
    id: idSchema,
    text: bilingualTextSchema
  })
)

export const briefItemSchema = deferred(() =>
  z.discriminatedUnion('type', [libraryBriefItemSchema, textBriefItemSchema])
)
export type BriefItem = z.infer<typeof briefItemSchema>

export const briefSectionSchema = deferred(() =>
  z.object({
    id: idSchema,
    kind: sectionKindSchema,
    title: bilingualTextSchema,
    items: z.array(briefItemSchema)
  })
)
export type BriefSection = z.infer<typeof briefSectionSchema>

/**
 * Where a brief is in its approval: drafted, sent for review (consultation), approved. An approved
 * brief is read-only until it is reopened, which takes it back to draft.
 */
export const BRIEF_STAGES = ['draft', 'in-review', 'approved'] as const
export const briefStageSchema = z.enum(BRIEF_STAGES)
export type BriefStage = z.infer<typeof briefStageSchema>

/** One move of a brief's approval, by whom (the user's name) and when: the brief's history. */
export const stageStepSchema = deferred(() => z.object({ stage: briefStageSchema, by: shortText, at: timestampSchema }))
export type StageStep = z.infer<typeof stageStepSchema>

/**
 * The approval block the Word file ends with, as departments print it: who prepared the brief and
 * how to reach them, whom it was consulted with, who approved it, and its tracking number. Names,
 * telephone and number are the same in both languages; an office, a title and the list of those
 * consulted carry both.
 */
export const approvalBlockSchema = deferred(() =>
  z.object({
    preparedBy: z.object({ name: shortText, office: shortBilingualSchema, telephone: shortText }),
    consulted: shortBilingualSchema,
    approvedBy: z.object({ name: shortText, title: shortBilingualSchema, date: isoDateSchema.or(z.literal('')) }),
    trackingNumber: shortText
  })
)
export type ApprovalBlock = z.infer<typeof approvalBlockSchema>

/** When, where and how a meeting takes place: a brief's, and its record of discussion's. */
export const meetingSchema = deferred(() =>
  z.object({
    date: isoDateSchema,
    time: timeOfDaySchema,
    /** Printed in the document's language ("Mexico City" / "Mexico"), so it carries both. */
    place: shortBilingualSchema,
    format: meetingFormatSchema
  })
)

export const briefSchema = deferred(() =>
  z.object({
    id: idSchema,
    title: bilingualTextSchema,
    template: briefTemplateSchema,
    language: briefLanguageSchema,
    marking: markingSchema,
    meeting: meetingSchema,
    partnerIds: z.array(idSchema),
    participants: z.object({
      canada: z.array(participantSchema),
      partner: z.array(participantSchema)
    }),
    objectives: bilingualTextSchema,
    sections: z.array(briefSectionSchema),
    // From data version 5; absent in a brief never sent for review: a draft with no history.
    stage: briefStageSchema.optional(),
    stageHistory: z.array(stageStepSchema).max(1000).optional(),
    approval: approvalBlockSchema.optional(),
    // From data version 6; absent in a brief that does not carry them (meeting-plan.ts).
    ...meetingPlanShape,
    createdAt: timestampSchema,
    updatedAt: timestampSchema
  })
)
export type Brief = z.infer<typeof briefSchema>

// --- Package and settings ----------------------------------------------------------------------

export const packageSchema = deferred(() =>
  z.object({
    id: idSchema,
    name: bilingualTextSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    marking: markingSchema,
    briefIds: z.array(idSchema),
    createdAt: timestampSchema,
    updatedAt: timestampSchema
  })
)
export type Package = z.infer<typeof packageSchema>

/** The choices for how long an encrypted folder stays open without input before the app locks. */
export const IDLE_LOCK_MINUTES = [5, 10, 15, 30, 60] as const
export type IdleLockMinutes = (typeof IDLE_LOCK_MINUTES)[number]

export const settingsSchema = deferred(() =>
  z.object({
    uiLanguage: languageSchema,
    /** Written into exported documents' properties and into history entries. */
    author: shortText,
    /**
     * Minutes without input before the app locks an encrypted folder. A settings file saved before
     * this choice existed reads as the default (store/documents.ts), so no data version changes.
     */
    idleLockMinutes: z.literal(IDLE_LOCK_MINUTES),
    // The choices below came later; a settings file saved before them reads as the defaults
    // (store/documents.ts), so no data version changes.
    /** The user's office (branch, mission or region): beside the name on bundles the office does not sign. */
    office: shortText,
    /** The marking a new brief starts with. */
    defaultMarking: markingSchema,
    /** The language a new brief starts in (the interface language for a file saved before this choice). */
    defaultBriefLanguage: briefLanguageSchema,
    /** The first-start step was answered (filled in or left for later), so it is not offered again. */
    welcomed: z.boolean()
  })
)
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'en',
  author: '',
  idleLockMinutes: 15,
  office: '',
  defaultMarking: 'UNCLASSIFIED',
  defaultBriefLanguage: 'en',
  welcomed: false
}

/** The first-start step is offered while nobody has a name and it has not been answered. */
export function needsWelcome(settings: Settings): boolean {
  return !settings.welcomed && settings.author.trim() === ''
}
