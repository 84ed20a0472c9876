import { z } from 'zod'
import { idSchema, LIBRARY_KINDS, statusSchema } from './entities'
import type { LibraryItem, LibraryKind } from './entities'
import { languageSchema } from './languages'
import { topicSchema } from './topics'

/** Which part of the library goes into a bundle; every filter given must match. */
export const bundleFilterSchema = z
  .object({
    kinds: z.array(z.enum(LIBRARY_KINDS)).optional(),
    partnerIds: z.array(idSchema).optional(),
    topics: z.array(topicSchema).optional(),
    statuses: z.array(statusSchema).optional()
  })
  .strict()

// Where a bundle or a Word file is written or read is never part of a request: the main process
// asks its host (the native dialog, the command line's arguments, a test's folder).
export const exportBundleInput = z.object({ filter: bundleFilterSchema.default({}) }).strict()
/** Opens a bundle the user picks, or, with `again`, reads the file of that earlier preview once more. */
export const previewBundleInput = z.object({ again: z.string().min(1).max(100).optional() }).strict()

export const IMPORT_CHOICES = ['mine', 'theirs', 'both'] as const
export type ImportChoice = (typeof IMPORT_CHOICES)[number]

/** The user's settlement of every conflict, keyed `kind:id`. */
export const applyImportInput = z
  .object({ previewId: z.string().min(1).max(100), choices: z.record(z.string(), z.enum(IMPORT_CHOICES)) })
  .strict()



/** One paragraph of an imported Word document, turned into a draft library item. */
export const paragraphSelectionSchema = z
  .object({
    text: z.string().min(1).max(50_000),
    kind: z.enum(LIBRARY_KINDS),
    partnerId: idSchema.optional(),
    topic: topicSchema.optional(),
    language: languageSchema
  })
  .strict()
export const saveDraftsInput = z.object({ selections: z.array(paragraphSelectionSchema).min(1).max(2000) }).strict()

export type ImportStatus = 'new' | 'updated' | 'unchanged' | 'local-newer' | 'conflict'

/** What a bundle would change, for the user to review before anything is written. */
export interface BundlePreview {
  previewId: string
  /** The bundle's file name, to show. */
  fileName: string
  publisher: string
  createdAt: string
  entries: {
    kind: LibraryKind
    id: string
    status: ImportStatus
    mine?: LibraryItem
    theirs: LibraryItem
    commonVersion?: number
  }[]
  counts: Record<ImportStatus, number>
  warnings: { where: string; message: string }[]
}

export interface ImportResult {
  added: number
  updated: number
  kept: number
  /** The backup taken before anything changed. */
  backup: string | null
  /** Local briefs moved to follow versions the merge renumbered. */
  briefsUpdated: number
  /** Why some of those briefs could not be saved, in plain words; null when all were. */
  briefProblem: string | null
}

export interface WordFileParagraphs {
  /** The file's name, to show; where it was read from stays in the main process. */
  name: string
  paragraphs: { style: 'heading1' | 'heading2' | 'heading3' | 'paragraph' | 'list'; text: string }[]
}

/** A written bundle. */
export interface ExportedBundle {
  /** Names the file for files.showInFolder. */
  fileId: string
  path: string
  bytes: number
  counts: Record<LibraryKind, number>
}
