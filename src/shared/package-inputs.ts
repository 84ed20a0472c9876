import { z } from 'zod'
import { idSchema, packageSchema } from './entities'
import { bilingualTextSchema, briefLanguageSchema } from './languages'
import { markingSchema } from './markings'
import { isoDateSchema } from './dates'

/** A new trip binder: its name, dates and marking; briefs are added afterwards. */
export const createPackageInput = z
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

export const savePackageInput = z.object({ package: packageSchema }).strict()
export const packageRefInput = z.object({ id: idSchema }).strict()

/** What every export asks: the language, and whether to add a table of contents and the annexes. */
const exportOptionsShape = {
  language: briefLanguageSchema,
  tableOfContents: z.boolean().default(true),
  annexes: z.boolean().default(true),
  /** Where to write the file; chosen with the save dialog (app) or given on the command line. */
  path: z.string().min(1, 'Choose where to save the file.').max(4096)
}

export const exportBriefInput = z.object({ briefId: idSchema, ...exportOptionsShape }).strict()
export const exportPackageInput = z
  .object({ packageId: idSchema, format: z.enum(['docx', 'zip']), ...exportOptionsShape })
  .strict()

/** The native save dialog's question: a suggested file name and the kind of file. */
export const chooseSavePathInput = z
  .object({ suggestedName: z.string().min(1).max(255), kind: z.enum(['docx', 'zip', 'dossier']) })
  .strict()

export const showInFolderInput = z.object({ path: z.string().min(1).max(4096) }).strict()

/** The export options a user picks; `path` comes from the dialog. */
export type ExportChoice = z.input<typeof exportBriefInput>
