import { z } from 'zod'
import { idSchema, packageSchema } from './entities'
import { bilingualTextSchema, briefLanguageSchema } from './languages'
import { markingSchema } from './markings'
import { isoDateSchema } from './dates'
import { deferred } from './deferred-schema'

/** A new trip binder: its name, dates and marking; briefs are added afterwards. */
export const createPackageInput = deferred(() =>
  z
    .object({
      name: bilingualTextSchema.refine((name) => name.en.trim() !== '' || name.fr.trim() !== '', {
        message: 'Give the package a name in at least one language.',
        params: { key: 'title-required' }
      }),
      startDate: isoDateSchema,
      endDate: isoDateSchema,
      marking: markingSchema,
      briefIds: z.array(idSchema).default([])
    })
    .strict()
    .refine((input) => input.endDate >= input.startDate, {
      message: 'The trip cannot end before it starts.',
      path: ['endDate'],
      params: { key: 'end-before-start' }
    })
)

export const savePackageInput = z.object({ package: packageSchema }).strict()
export const packageRefInput = z.object({ id: idSchema }).strict()

/** What every export asks: the language, and whether to add a table of contents and the annexes. */
const exportOptionsShape = deferred(() => ({
  language: briefLanguageSchema,
  tableOfContents: z.boolean().default(true),
  annexes: z.boolean().default(true)
}))

export const exportBriefInput = deferred(() => z.object({ briefId: idSchema, ...exportOptionsShape }).strict())
/** The pocket card of a brief, in one language or both side by side. */
export const exportCardInput = deferred(() =>
  z.object({ briefId: idSchema, language: exportOptionsShape.language }).strict()
)
export const exportPackageInput = deferred(() =>
  z.object({ packageId: idSchema, format: z.enum(['docx', 'zip']), ...exportOptionsShape }).strict()
)

/**
 * A file this session wrote, named by the id its export returned: the window never names a
 * path, so it cannot have the file manager opened on any other file.
 */
export const showInFolderInput = deferred(() => z.object({ fileId: z.string().min(1).max(100) }).strict())
