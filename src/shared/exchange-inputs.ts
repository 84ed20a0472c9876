import { z } from 'zod'
import { idSchema, LIBRARY_KINDS, statusSchema } from './entities'
import type { LibraryItem, LibraryKind } from './entities'
import { languageSchema } from './languages'
import { markingSchema } from './markings'
import type { Marking } from './markings'
import { topicSchema } from './topics'
import { deferred } from './deferred-schema'

/** Which part of the library goes into a bundle; every filter given must match. */
export const bundleFilterSchema = deferred(() =>
  z
    .object({
      kinds: z.array(z.enum(LIBRARY_KINDS)).optional(),
      partnerIds: z.array(idSchema).optional(),
      topics: z.array(topicSchema).optional(),
      statuses: z.array(statusSchema).optional()
    })
    .strict()
)

// Where a bundle or a Word file is written or read is never part of a request: the main process
// asks its host (the native dialog, the command line's arguments, a test's folder).
// The ceiling and the history choice shape what goes as well as which items: an item above the
// ceiling stays here, and so does any earlier version above it.
export const exportBundleInput = deferred(() =>
  z
    .object({
      filter: bundleFilterSchema.default({}),
      /** The highest marking that may go out (default: everything Dossier holds). */
      ceiling: markingSchema.optional(),
      /** False to leave earlier versions out. */
      history: z.boolean().default(true)
    })
    .strict()
)
/** Opens a bundle the user picks, or, with `again`, reads the file of that earlier preview once more. */
export const previewBundleInput = deferred(() => z.object({ again: z.string().min(1).max(100).optional() }).strict())

export const IMPORT_CHOICES = ['mine', 'theirs', 'both'] as const
export type ImportChoice = (typeof IMPORT_CHOICES)[number]

/**
 * The user's settlement of every conflict, keyed `kind:id`; and what they confirmed: taking a file
 * no trusted publisher signed, and each item (`kind:id`) that would lose its marking or approval.
 */
export const applyImportInput = deferred(() =>
  z
    .object({
      previewId: z.string().min(1).max(100),
      choices: z.record(z.string(), z.enum(IMPORT_CHOICES)),
      acceptUnsigned: z.boolean().default(false),
      confirmedDowngrades: z.array(z.string().max(200)).max(100_000).default([])
    })
    .strict()
)

/** One paragraph of an imported Word document, turned into a draft library item. */
export const paragraphSelectionSchema = deferred(() =>
  z
    .object({
      text: z.string().min(1).max(50_000),
      kind: z.enum(LIBRARY_KINDS),
      partnerId: idSchema.optional(),
      topic: topicSchema.optional(),
      language: languageSchema
    })
    .strict()
)
export const saveDraftsInput = deferred(() =>
  z.object({ selections: z.array(paragraphSelectionSchema).min(1).max(2000) }).strict()
)

export type ImportStatus = 'new' | 'updated' | 'unchanged' | 'local-newer' | 'conflict'

/** Who signed a bundle, as this office sees it; only its own key and trusted ones are taken without asking. */
export type SignerTrust =
  | { status: 'unsigned' }
  | { status: 'own' | 'trusted'; name: string; fingerprint: string }
  | {
      status: 'untrusted'
      name: string
      fingerprint: string
      /** Its name reads as a trusted publisher's or this office's own, under another key: likely a forgery. */
      borrowedName?: true
    }

/** What taking an incoming item over mine would lose. */
export interface Downgrade {
  marking?: { from: Marking; to: Marking }
  /** Mine is approved and theirs is a draft. */
  approval?: boolean
}

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
    /** Set when taking theirs would lower the marking or replace an approved text with a draft. */
    downgrade?: Downgrade
  }[]
  counts: Record<ImportStatus, number>
  warnings: { where: string; message: string }[]
  signer: SignerTrust
  /** The highest marking in the bundle, history included. */
  marking: Marking
  /** Whether the bundle carries earlier versions. */
  history: boolean
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
  /** The highest marking in the bundle, also in its file name. */
  marking: Marking
  /** Who signed it: this office's identity; null when the office has none yet (the bundle went unsigned). */
  signer: { name: string; fingerprint: string } | null
  /** The highest marking that was allowed to go. */
  ceiling: Marking
  /** Items that matched but are marked above the ceiling, so stayed here. */
  leftOut: number
  /** Earlier versions above the ceiling, left out of the history of items that went. */
  versionsLeftOut: number
}
