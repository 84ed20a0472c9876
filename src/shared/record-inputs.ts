import { z } from 'zod'
import { idSchema } from './entities'
import { briefLanguageSchema } from './languages'
import { commitmentStatusSchema, meetingRecordSchema } from './records'
import { deferred } from './deferred-schema'

// The requests about records of discussion and their commitments (operations.ts lists them).

export const recordRefInput = z.object({ id: idSchema }).strict()

/** "Record the meeting" on a brief: a record pre-filled from it. */
export const recordFromBriefInput = z.object({ briefId: idSchema }).strict()

/** The record's editor sends the whole record; `expectedUpdatedAt` refuses to overwrite a newer save. */
export const saveRecordInput = deferred(() =>
  z.object({ record: meetingRecordSchema, expectedUpdatedAt: z.string().optional() }).strict()
)

/** Marks one commitment done, or open again. */
export const setCommitmentStatusInput = z
  .object({ recordId: idSchema, commitmentId: idSchema, status: commitmentStatusSchema })
  .strict()

/** Makes a point the counterpart raised a draft irritant in the library, linked to the record. */
export const draftFromPointInput = z.object({ recordId: idSchema, pointId: idSchema }).strict()

export const partnerTimelineInput = z.object({ partnerId: idSchema }).strict()

/** The record as a Word document, in its own language unless another is asked for. */
export const exportRecordInput = deferred(() =>
  z.object({ recordId: idSchema, language: briefLanguageSchema.optional() }).strict()
)
