import { z } from 'zod'
import { idSchema, meetingSchema, participantSchema } from './entities'
import { isoDateSchema, timestampSchema } from './dates'
import { bilingualTextSchema, briefLanguageSchema } from './languages'
import { markingSchema } from './markings'
import { cappedList } from './item-limits'
import { deferred } from './deferred-schema'

// A record of discussion: what was said at a meeting, written after it, most often from the brief
// prepared for it. It is the officer's own document (like a brief, never part of the library or a
// bundle) and the place the follow-up lives: the commitments made at the table are tracked from
// here, across partners (commitments.ts).

const shortText = z.string().max(500, 'Keep this under 500 characters.')

/** Whether a point of the brief came up at the table; `not-noted` until the officer says. */
export const RAISED_STATES = ['raised', 'not-raised', 'not-noted'] as const
export const raisedSchema = z.enum(RAISED_STATES)
export type Raised = z.infer<typeof raisedSchema>

/**
 * A key message or an irritant the brief carried into the room, and what became of it. The title
 * is kept as the brief printed it, so the record still reads if the library item goes.
 */
export const recordPointSchema = deferred(() =>
  z.object({
    id: idSchema,
    kind: z.enum(['keyMessage', 'irritant']),
    /** The library item the brief placed; the record keeps the link for the partner's history. */
    itemId: idSchema,
    title: bilingualTextSchema,
    raised: raisedSchema,
    /** What was said about it, by either side. */
    notes: bilingualTextSchema
  })
)
export type RecordPoint = z.infer<typeof recordPointSchema>

/**
 * A point the counterpart raised that the brief did not carry. When the library has no line for
 * it, the officer makes it a draft irritant for review: `draftItemId` then names that item.
 */
export const otherPointSchema = deferred(() =>
  z.object({
    id: idSchema,
    text: bilingualTextSchema,
    draftItemId: idSchema.nullable()
  })
)
export type OtherPoint = z.infer<typeof otherPointSchema>

/** Who promised: Canada (a person or an office) or the counterpart. */
export const COMMITMENT_SIDES = ['canada', 'partner'] as const
export const commitmentSideSchema = z.enum(COMMITMENT_SIDES)

/** Open until done; overdue is not stored, it is an open commitment past its date (commitments.ts). */
export const COMMITMENT_STATUSES = ['open', 'done'] as const
export const commitmentStatusSchema = z.enum(COMMITMENT_STATUSES)
export type CommitmentStatus = z.infer<typeof commitmentStatusSchema>

export const commitmentSchema = deferred(() =>
  z.object({
    id: idSchema,
    /** What was promised. */
    text: bilingualTextSchema,
    side: commitmentSideSchema,
    /** Who owns it: a person, an office or a department; the same in both languages. */
    owner: shortText,
    /** By when; empty when no date was set. */
    due: isoDateSchema.or(z.literal('')),
    status: commitmentStatusSchema,
    /** The day it was marked done; empty while open. */
    doneOn: isoDateSchema.or(z.literal(''))
  })
)
export type Commitment = z.infer<typeof commitmentSchema>

export const RECORD_LIMITS = { points: 500, otherPoints: 200, commitments: 200, attendees: 200 } as const

export const meetingRecordSchema = deferred(() =>
  z.object({
    id: idSchema,
    /** The brief the record was written from; null when it was not (or the brief was deleted since). */
    briefId: idSchema.nullable(),
    title: bilingualTextSchema,
    /** The language the record is written and exported in, as a brief's. */
    language: briefLanguageSchema,
    marking: markingSchema,
    meeting: meetingSchema,
    partnerIds: cappedList(idSchema, 50, 'partners'),
    /** Who actually attended, on each side. */
    attendees: z.object({
      canada: cappedList(participantSchema, RECORD_LIMITS.attendees, 'attendees'),
      partner: cappedList(participantSchema, RECORD_LIMITS.attendees, 'attendees')
    }),
    /** The meeting in a few lines: the tone, the outcome. */
    summary: bilingualTextSchema,
    points: cappedList(recordPointSchema, RECORD_LIMITS.points, 'points'),
    otherPoints: cappedList(otherPointSchema, RECORD_LIMITS.otherPoints, 'points raised'),
    commitments: cappedList(commitmentSchema, RECORD_LIMITS.commitments, 'commitments'),
    createdAt: timestampSchema,
    updatedAt: timestampSchema
  })
)
export type MeetingRecord = z.infer<typeof meetingRecordSchema>
