import { join } from 'node:path'
import type { z } from 'zod'
import { provenByContent, vouchedSchema, vouchFor } from './checked-documents'
import { DataFile } from './data-file'
import { describeIssues } from './documents'
import type { DocumentSpec } from './documents'
import { journalPath, readJournal } from './journal'
import type { DamagedLines, JournalEntry, JournalRead } from './journal'
import { documentFromBytes, isDamagedFileError, readDataBytes } from './json-file-adapter'
import type { FileIo, JsonObject, LazyReader } from './json-file-adapter'
import { GONE_WITH_COPY, interpretDocument } from './load-file'
import type { Loaded, Versioning } from './load-file'
import { MigrationFailedError, runMigrations } from './migrations/index'
import { readFailed } from './store-error'
import { itemsOnOneLine } from './item-slices'
import { withLazyHistories } from './trusted-items'

/** A library collection as read at open: its file with its journal replayed onto it. */
export interface LoadedCollection<T> {
  /** The file with the journal's good entries applied, judged as any data file is. */
  snapshot: Loaded<T[]>
  journal: JournalRead
  /**
   * The file's document with those entries applied, still at the file's own data version (so the
   * start-up backup keeps what an older Dossier wrote): what compaction at open writes. Null when
   * the journal is empty or was not applied because the file itself is damaged or too new.
   */
  compacted: JsonObject | null
  /** The journal lines left unapplied because they are damaged; every other line is applied. */
  bad: DamagedLines | null
  /** False when the collection's file is not there (its journal, if any, replays onto nothing). */
  fileFound: boolean
  /** A sealed file written before items stood on lines of their own (item-slices.ts itemsOnOneLine). */
  oneLine: boolean
}

/**
 * Reads a library collection's file and journal, and replays the journal onto the file. Writes
 * nothing. `pending` are the puts of a library batch left by a crash (already checked, see
 * pending-batch.ts): they come after every journal line, as the batch came after every save.
 */
export async function loadCollection<T extends { id: string }>(
  context: FileIo & { dataDir: string; versioning: Versioning },
  spec: DocumentSpec<T[]>,
  itemSchema: z.ZodType<T>,
  pending: readonly JournalEntry[] = []
): Promise<LoadedCollection<T>> {
  const { dataDir, versioning } = context
  const journalRel = journalPath(spec.relPath)
  const [raw, journal] = await Promise.all([
    readSnapshot(context, spec, versioning.current),
    readJournal(context, journalRel, join(dataDir, ...journalRel.split('/'))).catch((error: unknown) => {
      throw readFailed(journalRel, dataDir, error)
    })
  ])
  const found = 'problem' in raw || raw.document !== null
  const oneLine = 'document' in raw && raw.oneLine === true
  const unapplied = { journal, compacted: null, bad: null, fileFound: found, oneLine }
  if ('problem' in raw) return { snapshot: { status: 'damaged', problem: raw.problem }, ...unapplied }
  const { document } = raw
  if (journal.bytes.length === 0 && journal.strayEntry !== true && pending.length === 0) {
    return { snapshot: document ? interpretDocument(document, spec, versioning) : { status: 'missing' }, ...unapplied }
  }

  // A journal whose file is gone (deleted by hand) still holds acknowledged edits: they replay
  // onto an empty collection.
  const base = document ?? spec.toDocument([], versioning.current)
  const version = base.schemaVersion
  // A file without a usable version, or too new to read, is judged without its journal, which stays.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > versioning.current) {
    return { snapshot: interpretDocument(base, spec, versioning), ...unapplied }
  }
  const checked = checkEntries(journal, itemSchema, version, versioning, journalRel)
  const bad = bothDamaged(journal.bad, checked.bad)
  const merged = applyEntries(base, [...checked.applicable, ...pending])
  if (!merged) return { snapshot: interpretDocument(base, spec, versioning), ...unapplied }
  // A file this build vouched for stays vouched for with the entries in it: each passed its
  // kind's schema just above. A batch left by a crash is rare enough to be validated in full.
  // So does a plain file whose very bytes passed before (content-checks.ts).
  const baseSchema =
    vouchedSchema(base) ?? (spec.checked && provenByContent(base, spec.checked) ? spec.checked.schemaId : undefined)
  if (baseSchema !== undefined && version === versioning.current && pending.length === 0) vouchFor(merged, baseSchema)

  // The file is validated once, with the entries in it: no second pass over thousands of items.
  const snapshot = interpretDocument(merged, spec, versioning)
  if (snapshot.status === 'ok') return { snapshot, journal, compacted: merged, bad, fileFound: found, oneLine }
  // Each entry was valid on its own, so the failure should be the file's. Should the entries be to
  // blame after all, the file is kept as it was and the whole journal is set aside as damaged.
  const alone = interpretDocument(base, spec, versioning)
  if (alone.status !== 'ok') return { snapshot: alone, ...unapplied }
  const problem = snapshot.status === 'damaged' ? snapshot.problem : 'The entries do not fit the file.'
  const everyLine = [...journal.lineNumbers, ...(journal.bad?.lines ?? [])].sort((a, b) => a - b)
  return { snapshot: alone, journal, compacted: base, bad: { lines: everyLine, problem }, fileFound: found, oneLine }
}

/** The lines damaged as read and those whose item failed its schema, in order; the first's problem. */
function bothDamaged(read: DamagedLines | null, checked: DamagedLines | null): DamagedLines | null {
  if (read === null || checked === null) return read ?? checked
  const problem = (checked.lines[0] ?? 0) < (read.lines[0] ?? 0) ? checked.problem : read.problem
  return { lines: [...read.lines, ...checked.lines].sort((a, b) => a - b), problem }
}

async function readSnapshot(
  context: FileIo & { dataDir: string },
  spec: DocumentSpec<unknown>,
  current: number
): Promise<{ document: JsonObject | null; oneLine?: boolean } | { problem: string }> {
  const { dataDir } = context
  const file = new DataFile(context, dataDir, spec.relPath)
  let oneLine = false
  try {
    // Read once: bytes that cannot be trusted as they are, or laid out otherwise, are parsed whole.
    const bytes = await readDataBytes(context, file.absPath)
    if (bytes === null) return (await file.hasCopy()) ? { problem: GONE_WITH_COPY.problem } : { document: null }
    const { checked } = spec
    const lazy: LazyReader | undefined =
      checked &&
      ((text, sha256) => {
        oneLine = context.codec.sealed && itemsOnOneLine(text)
        return withLazyHistories(context, spec.relPath, text, current, checked, sha256)
      })
    const document = await documentFromBytes(context, spec.relPath, file.absPath, bytes, lazy)
    return { document, oneLine }
  } catch (error) {
    if (isDamagedFileError(error)) return { problem: (error as Error).message }
    throw readFailed(file.relPath, dataDir, error)
  }
}

/**
 * Checks each put against its kind's schema, upgraded from the file's data version first: the
 * journal was written by the Dossier that wrote the file (open folds journals in and upgrades
 * files before any save). Returns the entries that pass; each holds a whole item or a removal,
 * so one that fails takes nothing but its own edit with it.
 */
export function checkEntries<T>(
  journal: Pick<JournalRead, 'entries' | 'lineNumbers'>,
  itemSchema: z.ZodType<T>,
  version: number,
  versioning: Versioning,
  journalRel: string
): { applicable: JournalEntry[]; bad: DamagedLines | null } {
  const applicable: JournalEntry[] = []
  const lines: number[] = []
  let firstProblem = ''
  for (const [index, entry] of journal.entries.entries()) {
    const problem = entry.op === 'remove' ? null : itemProblem(entry.item, itemSchema, version, versioning, journalRel)
    if (problem === null) {
      applicable.push(entry)
      continue
    }
    if (lines.length === 0) firstProblem = problem
    lines.push(journal.lineNumbers[index] ?? index + 1)
  }
  return { applicable, bad: lines.length > 0 ? { lines, problem: firstProblem } : null }
}

/** Why an item (stored at data version `version`) fails its kind's schema once upgraded; null when it passes. */
export function itemProblem<T>(
  item: JsonObject,
  itemSchema: z.ZodType<T>,
  version: number,
  versioning: Versioning,
  journalRel: string
): string | null {
  let current: unknown = item
  if (version < versioning.current) {
    // Steps upgrade whole collection files, so the item is upgraded as a file of one item.
    try {
      const upgraded = runMigrations(
        { schemaVersion: version, items: [item] },
        version,
        versioning.current,
        versioning.steps,
        journalRel
      )
      current = (upgraded as { items?: unknown[] }).items?.[0]
    } catch (error) {
      if (error instanceof MigrationFailedError) return error.message
      throw error
    }
  }
  const result = itemSchema.safeParse(current)
  return result.success ? null : describeIssues(result.error)
}

/**
 * Applies entries to a collection document by id, as the running store applied them to its map:
 * a put replaces in place or appends, a remove deletes. Applied again to a file that already
 * holds them, they give the same items (only an id removed and put again may move in the list).
 * Null when the document's items are not a list of objects with distinct string ids: that file
 * is damaged and must be judged as it is.
 */
function applyEntries(document: JsonObject, entries: JournalEntry[]): JsonObject | null {
  if (!Array.isArray(document.items)) return null
  const byId = new Map<string, unknown>()
  for (const item of document.items as unknown[]) {
    const id = (item as { id?: unknown } | null)?.id
    if (typeof id !== 'string' || byId.has(id)) return null
    byId.set(id, item)
  }
  for (const entry of entries) {
    if (entry.op === 'put') byId.set(entry.item.id, entry.item)
    else byId.delete(entry.id)
  }
  return { ...document, items: [...byId.values()] }
}
