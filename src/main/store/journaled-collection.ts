import { join } from 'node:path'
import type { z } from 'zod'
import { BatchQueue } from './batch-queue'
import { validate, writeOrExplain } from './collections'
import type { WriteContext } from './collections'
import { DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { encodeEntry, journalPath } from './journal'
import type { JournalEntry } from './journal'
import { JournalWriter } from './journal-writer'
import { saveFailed } from './store-error'
import type { KeptJournal } from './load-data-folder'
import type { Collection } from './types'

/** Saves a journal holds before its collection's file is rewritten, unless told otherwise (StoreOptions.journalLimit). */
export const DEFAULT_JOURNAL_LIMIT = 1000

/** Past this size a journal is folded into its collection's file even below the entry limit. */
export const JOURNAL_MAX_BYTES = 4 * 1024 * 1024

/**
 * A library collection saved through a journal: a put or remove appends one line and fdatasyncs
 * it, and the collection's file is rewritten in full only when the journal grows past its limit.
 * Readers see an id -> item map in stored order that changes only once an append is durable.
 */
export function createJournaledCollection<T extends { id: string }>(
  context: WriteContext,
  spec: DocumentSpec<T[]>,
  itemSchema: z.ZodType<T>,
  label: string,
  items: T[],
  /** What the journal already holds, when the open left it to grow instead of folding it in. */
  kept: KeptJournal = { entries: 0, bytes: 0 }
): {
  collection: Collection<T>
  queue: BatchQueue<JournalEntry<T>>
  adopt: (items: readonly T[]) => void
  /** Closes the journal's files once the queue is idle; a later save opens them again. */
  close: () => Promise<void>
  /** Folds whatever the journal holds into the file now and empties it; only with the library to itself (LibraryBatches.exclusive). */
  fold: () => Promise<void>
} {
  const snapshot = new DataFile(context, context.dataDir, spec.relPath)
  const journalRel = journalPath(spec.relPath)
  const journal = new JournalWriter(context.fs, join(context.dataDir, ...journalRel.split('/')))
  // A Map keeps insertion order and keeps a replaced key in place, which is the stored order.
  const state = new Map(items.map((item) => [item.id, item]))
  // Counted from what the open found, so a journal kept over many sessions is still folded in at its limits.
  let entries = kept.entries
  let bytes = kept.bytes
  // Apart from the counts, which a failed fold sets back to nothing so as not to retry it at every
  // save: whether the journal may still hold lines, which only an emptied journal clears.
  let holdsLines = kept.entries > 0

  const append = async (batch: JournalEntry<T>[]): Promise<void> => {
    // Once per batch, not per entry: the whole batch shares one append. The lock file is read,
    // and the journal's open files checked, while the lines are encoded (and sealed); nothing is
    // written before both answer.
    const ready = Promise.all([context.assertHolder(), journal.verify()])
    let lines: string
    try {
      lines = batch.map((entry) => encodeEntry(entry, context.codec, journalRel)).join('')
    } finally {
      await ready
    }
    try {
      await journal.append(lines)
    } catch (error) {
      throw saveFailed(journalRel, context.dataDir, error)
    }
    // Only now is the batch durable, so only now may readers see it.
    for (const entry of batch) {
      if (entry.op === 'put') state.set(entry.item.id, entry.item)
      else state.delete(entry.id)
    }
    entries += batch.length
    bytes += Buffer.byteLength(lines)
    holdsLines = true
  }

  const compact = async (): Promise<void> => {
    if (entries < context.journalLimit && bytes < JOURNAL_MAX_BYTES) return
    await fold()
  }

  const fold = async (): Promise<void> => {
    if (!holdsLines) return
    // Count afresh whatever happens, so a failing disk is not retried on every save; a failure
    // loses nothing, since every entry is still in the journal.
    entries = 0
    bytes = 0
    // The full file first, the empty journal second. A crash in between leaves a journal whose
    // entries the file already holds; the next open replays them onto it, which gives the same
    // items, as put and remove by id are idempotent (one removed and put again may move last in
    // the list). The other order could lose acknowledged edits.
    await writeOrExplain(context, snapshot, spec.toDocument([...state.values()], context.schemaVersion))
    await journal.reset()
    holdsLines = false
  }

  const queue = new BatchQueue<JournalEntry<T>>(append, compact)
  // For a library batch already durable in its own file (see library-batch.ts): readers may see
  // it before the journal has it, because the next open applies that file again.
  const adopt = (batch: readonly T[]): void => {
    for (const item of batch) state.set(item.id, item)
  }
  const collection: Collection<T> = {
    list: () => [...state.values()],
    get: (id) => state.get(id),
    put: async (item) => {
      const valid = validate(itemSchema, item, label)
      await queue.push({ op: 'put', item: valid })
    },
    // Always journaled, even for an id not in the map: a put still in the queue may be adding it.
    remove: async (id) => {
      await queue.push({ op: 'remove', id })
    }
  }
  return { collection, queue, adopt, close: () => journal.close(), fold }
}
