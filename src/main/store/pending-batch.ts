import { join } from 'node:path'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryKind } from '@shared/entities'
import { errorCode } from './atomic-write'
import { librarySchema } from './documents'
import type { JournalEntry } from './journal'
import { isDamagedFileError, parseDocument } from './json-file-adapter'
import type { FileIo, JsonObject } from './json-file-adapter'
import type { Versioning } from './load-file'
import { itemProblem } from './replay-journal'
import { readFailed } from './store-error'
import type { LibraryChange } from './types'

// A library batch (an import) touches several collections, each with its own journal, and no
// append to several files is atomic. So the whole batch is first written to this one file
// (temp file, fsync, rename): once it is on disk the batch is decided. It is then appended to the
// journals and the file removed. An open that finds it applies it again after the journals,
// which changes nothing if they already hold it, since puts by id are idempotent.

/** Where a library batch waits until every journal holds it. */
export const PENDING_BATCH_FILE = 'library/pending-batch.json'

/** The batch's puts, per collection, as journal entries. */
export type PendingEntries = Record<LibraryKind, JournalEntry[]>

/** What the open found of a batch left by a crash. Reading writes nothing. */
export type PendingRead =
  | { status: 'missing' }
  | { status: 'ok'; entries: PendingEntries; count: number }
  | { status: 'damaged'; problem: string }
  | { status: 'too-new'; diskVersion: number }

/** The document written for a batch. */
export function pendingDocument(changes: readonly LibraryChange[], schemaVersion: number): JsonObject {
  return { schemaVersion, changes: changes.map(({ kind, item }) => ({ kind, item })) }
}

/** Reads and checks a batch left by a crash; the whole batch is good or the whole batch is damaged. */
export async function readPendingBatch(io: FileIo, dataDir: string, versioning: Versioning): Promise<PendingRead> {
  let bytes: Buffer
  try {
    bytes = await io.fs.readFile(join(dataDir, ...PENDING_BATCH_FILE.split('/')))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { status: 'missing' }
    throw readFailed(PENDING_BATCH_FILE, dataDir, error)
  }
  let document: JsonObject
  try {
    document = parseDocument(io.codec.consumeFile(PENDING_BATCH_FILE, bytes))
  } catch (error) {
    if (isDamagedFileError(error) || error instanceof TypeError) return { status: 'damaged', problem: String(error) }
    throw error
  }
  const version = document.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'damaged', problem: 'The file has no valid schemaVersion.' }
  }
  if (version > versioning.current) return { status: 'too-new', diskVersion: version }
  if (!Array.isArray(document.changes)) return { status: 'damaged', problem: 'The file holds no list of changes.' }

  const entries = Object.fromEntries(LIBRARY_KINDS.map((kind) => [kind, [] as JournalEntry[]])) as PendingEntries
  for (const [index, change] of (document.changes as unknown[]).entries()) {
    const { kind, item } = (change ?? {}) as { kind?: unknown; item?: unknown }
    if (!LIBRARY_KINDS.includes(kind as LibraryKind)) {
      return { status: 'damaged', problem: `Change ${index + 1} names no library collection.` }
    }
    if (typeof item !== 'object' || item === null || typeof (item as { id?: unknown }).id !== 'string') {
      return { status: 'damaged', problem: `Change ${index + 1} holds no item.` }
    }
    const problem = itemProblem(
      item as JsonObject,
      librarySchema(kind as LibraryKind),
      version,
      versioning,
      PENDING_BATCH_FILE
    )
    if (problem !== null) return { status: 'damaged', problem: `Change ${index + 1}: ${problem}` }
    entries[kind as LibraryKind].push({ op: 'put', item: item as JsonObject & { id: string } })
  }
  return { status: 'ok', entries, count: document.changes.length }
}
