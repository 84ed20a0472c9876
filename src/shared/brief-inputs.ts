import { z } from 'zod'
import {
  briefStageSchema,
  briefSchema,
  briefTemplateSchema,
  idSchema,
  meetingFormatSchema,
  meetingSchema,
  participantSchema,
  sectionKindSchema
} from './entities'
import { bilingualTextSchema, briefLanguageSchema } from './languages'
import { markingSchema } from './markings'
import { planBlockSchema } from './meeting-plan'
import { deferred } from './deferred-schema'

/** A brief template as kept in resources/brief-templates.json: the sections and parts a new brief starts with. */
export const briefTemplateDefinitionSchema = deferred(() =>
  z.object({
    id: briefTemplateSchema,
    name: bilingualTextSchema,
    description: bilingualTextSchema,
    format: meetingFormatSchema,
    sections: z.array(z.object({ kind: sectionKindSchema, title: bilingualTextSchema })).min(1),
    /** The parts of meeting-plan.ts a new brief starts with (empty); the officer may add or remove any. */
    blocks: z.array(planBlockSchema).optional()
  })
)
export type BriefTemplateDefinition = z.infer<typeof briefTemplateDefinitionSchema>

export const briefTemplatesFileSchema = deferred(() =>
  z.object({
    schemaVersion: z.literal(1),
    templates: z.array(briefTemplateDefinitionSchema)
  })
)

/** What "New brief" asks for: the template and the meeting details. */
export const createBriefInput = deferred(() =>
  z
    .object({
      template: briefTemplateSchema,
      title: bilingualTextSchema.refine((title) => title.en.trim() !== '' || title.fr.trim() !== '', {
        message: 'Give the brief a title in at least one language.',
        params: { key: 'title-required' }
      }),
      language: briefLanguageSchema,
      marking: markingSchema,
      meeting: meetingSchema,
      partnerIds: z.array(idSchema),
      participants: z.object({ canada: z.array(participantSchema), partner: z.array(participantSchema) }),
      objectives: bilingualTextSchema
    })
    .strict()
)
export type CreateBriefInput = z.infer<typeof createBriefInput>

/**
 * Autosave sends the whole brief; `expectedUpdatedAt` refuses to overwrite a newer save from
 * elsewhere. `confirmTranslations` names the texts a person confirmed as still matching in both
 * languages since the last save (brief-translation.ts says how texts are named).
 */
export const saveBriefInput = deferred(() =>
  z
    .object({
      brief: briefSchema,
      expectedUpdatedAt: z.string().optional(),
      confirmTranslations: z.array(z.string().min(1).max(300)).max(2000).optional()
    })
    .strict()
)

export const briefRefInput = z.object({ id: idSchema }).strict()

/** Moves a brief through its approval (draft, in review, approved); refused over a newer save. */
export const setBriefStageInput = deferred(() =>
  z.object({ id: idSchema, stage: briefStageSchema, expectedUpdatedAt: z.string().optional() }).strict()
)
