import { z } from 'zod'
import { timestampSchema } from '@shared/dates'
import { idSchema } from '@shared/entities'
import type { DocumentSpec } from './documents'
import { createDocumentStore, singleDocumentSpec } from './document-store'
import type { DocumentApi } from './document-store'
import type { WriteContext } from './collections'
import { deferred } from '@shared/deferred-schema'

// The folders where this office looks for bundles published to it (a departmental share, a
// synchronised drive, a USB key), and the bundles found there that the user already took or set
// aside, so that each is offered once. A data file of the folder like the signing keys: the
// folders' names say where an office gets its updates, so they are sealed with the rest.

export const WATCHED_FOLDERS_FILE = 'watched-folders.json'

/** An office watches a few places, not a disk. */
export const MAX_WATCHED_FOLDERS = 20
/** Bundles remembered as taken or set aside; the oldest are forgotten first. */
export const MAX_HANDLED_BUNDLES = 2000

export const watchedFolderSchema = deferred(() =>
  z.object({ id: idSchema, path: z.string().min(1).max(4096), addedAt: timestampSchema }).strict()
)
export type WatchedFolder = z.infer<typeof watchedFolderSchema>

/** A bundle, known by its content checksum (the manifest's sha256), that is no longer news. */
export const handledBundleSchema = deferred(() =>
  z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      outcome: z.enum(['imported', 'dismissed']),
      at: timestampSchema
    })
    .strict()
)
export type HandledBundle = z.infer<typeof handledBundleSchema>

export const watchedFoldersSchema = deferred(() =>
  z
    .object({
      folders: z.array(watchedFolderSchema).max(MAX_WATCHED_FOLDERS),
      handled: z.array(handledBundleSchema).max(MAX_HANDLED_BUNDLES)
    })
    .strict()
)
export type WatchedFolders = z.infer<typeof watchedFoldersSchema>

export const NO_WATCHED_FOLDERS: WatchedFolders = { folders: [], handled: [] }

export function watchedFoldersSpec(): DocumentSpec<WatchedFolders> {
  return singleDocumentSpec(WATCHED_FOLDERS_FILE, 'watched', watchedFoldersSchema, NO_WATCHED_FOLDERS)
}

export type WatchedFoldersApi = DocumentApi<WatchedFolders>

export function createWatchedFolders(context: WriteContext, initial: WatchedFolders) {
  return createDocumentStore(context, watchedFoldersSpec(), watchedFoldersSchema, initial, 'the watched folders')
}

/** Remembers a bundle as taken or set aside (once), forgetting the oldest past the cap. */
export function withHandled(
  watched: WatchedFolders,
  sha256: string,
  outcome: HandledBundle['outcome'],
  at: string
): WatchedFolders {
  const others = watched.handled.filter((bundle) => bundle.sha256 !== sha256)
  return { ...watched, handled: [...others, { sha256, outcome, at }].slice(-MAX_HANDLED_BUNDLES) }
}
