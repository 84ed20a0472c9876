import type { z } from 'zod'
import { DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { describeIssues } from './documents'
import { SerialFile } from './serial-file'
import { saveFailed, StoreError } from './store-error'
import type { ContentChecks } from './content-checks'
import type { FileCodec } from './file-codec'
import type { StoreFs } from './store-fs'
import type { Collection } from './types'

/** Where the store writes, which data version it stamps and when a journal is folded into its file. */
export interface WriteContext {
  fs: StoreFs
  /** Plain, or sealed with the folder's data key. */
  codec: FileCodec
  dataDir: string
  schemaVersion: number
  /** Entries a library collection's journal may hold before the collection's file is rewritten. */
  journalLimit: number
  /** Backups of one label (before-import) kept once a batch wrote a new one. */
  keepImportBackups: number
  /**
   * A plain folder's checks remembered by this computer account (content-checks.ts): a large
   * collection the store rewrites (a journal folded in, an import) is remembered as proven.
   */
  checks?: ContentChecks | undefined
  /**
   * Rejects with StoreError('data-in-use') unless this process still holds the data folder's
   * lock. Called once at the start of every write batch, before anything is written.
   */
  assertHolder: () => Promise<void>
  /** The clock (StoreOptions.now), for the backups made while the store is open. */
  now: () => Date
}

/**
 * A list of items kept in one file rewritten on every change (the packages), with an id -> item
 * map for O(1) reads in stored order.
 */
export function createItemsCollection<T extends { id: string }>(
  context: WriteContext,
  spec: DocumentSpec<T[]>,
  itemSchema: z.ZodType<T>,
  label: string,
  items: T[]
): { collection: Collection<T>; file: SerialFile<Map<string, T>> } {
  const data = new DataFile(context, context.dataDir, spec.relPath)
  const file = new SerialFile<Map<string, T>>(
    new Map(items.map((item) => [item.id, item])),
    (state) => writeOrExplain(context, data, spec.toDocument([...state.values()], context.schemaVersion)),
    // A Map keeps insertion order and keeps a replaced key in place, which is the stored order.
    (state) => new Map(state)
  )
  const collection: Collection<T> = {
    list: () => [...file.state.values()],
    get: (id) => file.state.get(id),
    put: async (item) => {
      const valid = validate(itemSchema, item, label)
      await file.change((draft) => draft.set(valid.id, valid))
    },
    // Always queued, even for an id not yet on disk: a put still in the queue may be adding it.
    remove: async (id) => {
      await file.change((draft) => {
        draft.delete(id)
        return draft
      })
    }
  }
  return { collection, file }
}

/** Checks an item against its contract schema before it can reach the disk, and returns the parsed item. */
export function validate<T>(schema: z.ZodType<T>, item: unknown, label: string): T {
  const result = schema.safeParse(item)
  if (result.success) return result.data
  // Saving it would make the whole file fail validation at the next start.
  throw new StoreError(
    'invalid-input',
    `Dossier did not save this ${label} because it is not valid: ${describeIssues(result.error)}`,
    {
      cause: result.error
    }
  )
}

/** Writes a document, turning a system error into a StoreError the user can act on. */
export async function writeOrExplain(
  context: WriteContext,
  file: DataFile,
  document: Record<string, unknown>
): Promise<void> {
  await context.assertHolder()
  try {
    await file.write(document)
  } catch (error) {
    throw saveFailed(file.relPath, context.dataDir, error)
  }
}
