import { join } from 'node:path'
import type { z } from 'zod'
import type { Notice } from '@shared/operations'
import { COPY_SUFFIX, DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { journalPath } from './journal'
import type { JournalEntry } from './journal'
import { emptyJournal } from './journal-writer'
import type { Collector } from './load-data-folder'
import { reportRepair } from './carried-notices'
import { keepAside, recoverFile } from './recovery'
import type { BackupReader, OpenContext } from './recovery'
import { worthRewriting } from './load-file'
import { loadCollection } from './replay-journal'
import type { LoadedCollection } from './replay-journal'
import { JOURNAL_MAX_BYTES } from './journaled-collection'
import { StoreError } from './store-error'

/**
 * Turns a library collection as read into the items the store starts with: repairs a damaged
 * file, then either leaves a sound journal to grow (journalKept) or folds it into the file, so
 * that what the start-up backup copies holds every acknowledged edit.
 */
export async function settleCollection<T extends { id: string }>(
  context: OpenContext,
  spec: DocumentSpec<T[]>,
  itemSchema: z.ZodType<T>,
  first: LoadedCollection<T>,
  out: Collector,
  pending: readonly JournalEntry[] = []
): Promise<T[]> {
  const file = new DataFile(context, context.dataDir, spec.relPath)
  let loaded = first
  if (loaded.snapshot.status === 'damaged') {
    // The file is repaired first (from a backup, or started empty), then the journal replays onto
    // it: its edits are newer than any backup, and when no compaction ran since the last start
    // the backup plus the journal is exactly the state the user last saw.
    const restored = await recoverFile(context, file, spec, out.notices, (backupDir) =>
      fromBackup(context, backupDir, spec, itemSchema)
    )
    if (!restored) await file.write(spec.toDocument([], context.versioning.current))
    loaded = await loadCollection(context, spec, itemSchema, pending)
  }
  const { snapshot } = loaded
  // A missing file has an empty journal: a journal alone reads as an empty file with entries.
  if (snapshot.status === 'missing') return []
  if (snapshot.status !== 'ok') {
    // Only a file changed by someone else while Dossier opens the folder gets here.
    throw new StoreError(
      'storage-failed',
      `${spec.relPath} changed while Dossier was opening the data folder ${context.dataDir}. Close any other program using it, then start Dossier again.`,
      { file: spec.relPath }
    )
  }
  const { value, diskVersion } = snapshot
  out.goodFiles.push(spec.relPath)
  // A sealed file in the one-line layout is written again once in the present one, so later opens
  // find its items by their lines; other files are written again to upgrade or mark them.
  const upgraded = worthRewriting(context.codec, spec, snapshot, diskVersion, context.versioning.current)
  // Whether this open writes the file anew, folding its journal in.
  let folded = false
  if (context.readOnly !== true) {
    // A file written anew at this open takes its journal in and empties it: kept, the journal would
    // replay onto a file already holding its lines, where an item removed and put again moves last.
    const rewritten = loaded.oneLine || upgraded
    if (loaded.compacted !== null && !rewritten && journalKept(context, loaded, pending, diskVersion)) {
      // The start-up backup copies files only: the journal goes with its file, as it holds saves the file lacks.
      const journalRel = journalPath(spec.relPath)
      out.goodFiles.push(journalRel)
      out.journals.set(spec.relPath, { entries: loaded.journal.entries.length, bytes: loaded.journal.bytes.length })
    } else folded = await compactAtOpen(context, file, loaded, out)
  }
  if ((loaded.oneLine && !folded) || upgraded) {
    out.upgrades.push(() => file.write(spec.toDocument(value, context.versioning.current)))
  }
  return value
}

/**
 * A collection as a backup holds it: with the journal the open that made the backup left to
 * grow, whose saves the file lacks, replayed onto it (then written as one document); its exact
 * bytes when it has none. Null when the backup holds no good copy.
 */
async function fromBackup<T extends { id: string }>(
  context: OpenContext,
  backupDir: string,
  spec: DocumentSpec<T[]>,
  itemSchema: z.ZodType<T>
): ReturnType<BackupReader<T[]>> {
  // Read as a folder of its own: what is read there is not this open's to back up.
  const inBackup = await loadCollection(
    { ...context, dataDir: backupDir, readDigests: undefined },
    spec,
    itemSchema
  ).catch(() => null)
  // As a damaged backup file is passed over for an older backup, so is one whose journal has a
  // damaged or cut line (the open that made the backup found it sound), or that lacks its file.
  if (inBackup === null || inBackup.snapshot.status !== 'ok' || !inBackup.fileFound) return null
  if (inBackup.bad !== null || inBackup.journal.torn) return null
  const { value, diskVersion } = inBackup.snapshot
  if (inBackup.compacted !== null) return { document: inBackup.compacted, value, diskVersion }
  const bytes = await context.fs.readFile(join(backupDir, ...spec.relPath.split('/'))).catch(() => null)
  return bytes === null ? null : { bytes, value, diskVersion }
}

/**
 * True when the journal may stay as it is, to be appended to, instead of being folded into its
 * file at this open: folding rewrote the whole collection (and its second copy) at every start
 * after a session that saved, some 0.8 s at 20,000 items and 2 s or more for a library kept for a
 * while. Only a journal that holds nothing to repair or report qualifies: both copies byte for
 * byte alike, no line damaged or cut short, no crash's batch to add, written at this data
 * version, and below the limits at which a running store folds it too.
 */
function journalKept<T>(
  context: OpenContext,
  loaded: LoadedCollection<T>,
  pending: readonly JournalEntry[],
  diskVersion: number
): boolean {
  const { journal, bad } = loaded
  return (
    // A journal whose file is gone is folded into a file made anew, which the backup then copies.
    loaded.fileFound &&
    journal.copiesMatch === true &&
    bad === null &&
    !journal.torn &&
    pending.length === 0 &&
    diskVersion === context.versioning.current &&
    journal.entries.length < context.journalLimit &&
    journal.bytes.length < JOURNAL_MAX_BYTES
  )
}

async function compactAtOpen<T>(
  context: OpenContext,
  file: DataFile,
  loaded: LoadedCollection<T>,
  out: Collector
): Promise<boolean> {
  const { journal, compacted, bad } = loaded
  // A pending library batch alone (empty journal) still has to reach the file.
  if (!compacted) return false
  const journalRel = journalPath(file.relPath)
  // The full file (and its second copy) first, the journal emptied second. A crash in between
  // leaves a journal whose entries the file already holds; replaying them again at the next open
  // gives the same items, as put and remove by id are idempotent (one removed and put again may
  // move last). The other order could lose edits.
  await file.write(compacted)
  // With lines still lost, the notice says so; "restored from the copy, nothing lost" would contradict it.
  if (journal.fromCopy && !bad) {
    // Damaged, cut short or removed from outside: its second copy held every line, so nothing was lost.
    const keptAs = await keepAside(context, journalRel)
    await reportRepair(context.fs, context.dataDir, out.notices, journalFromCopyNotice(journalRel, keptAs))
  }
  if (bad) {
    // Nothing is deleted: the damaged journal is kept whole, and the user is told edits are missing.
    const keptAs =
      (await keepAside(context, journalRel)) ?? (await keepAside(context, `${journalRel}${COPY_SUFFIX}`)) ?? ''
    const notice = damagedJournalNotice(file.relPath, journalRel, bad.lines, keptAs)
    await reportRepair(context.fs, context.dataDir, out.notices, notice)
  } else if (journal.torn) {
    // Its last line is a save that never returned ok, so nobody was told it was saved; the bytes
    // are kept aside all the same, silently.
    await keepAside(context, journalRel, 'torn')
  }
  if (journal.strayEntry === true) {
    // A link, a folder or a pipe still at either name would take the first append: moved aside.
    for (const relPath of [journalRel, `${journalRel}${COPY_SUFFIX}`]) {
      const entry = await context.fs.lstat(join(context.dataDir, ...relPath.split('/'))).catch(() => null)
      if (entry !== null && entry.kind !== 'file') await keepAside(context, relPath)
    }
  }
  await emptyJournal(context.fs, join(context.dataDir, ...journalRel.split('/')))
  return true
}

function journalFromCopyNotice(journalRel: string, keptAs: string | null): Notice {
  if (keptAs === null) {
    return {
      code: 'restored-missing-file',
      message: `${journalRel} was missing from the data folder, so Dossier put it back from the second copy it keeps of every data file. Nothing was lost.`,
      params: { file: journalRel }
    }
  }
  return {
    code: 'restored-from-copy',
    message: `${journalRel} was damaged, so Dossier restored it from the second copy it keeps of every data file. Nothing was lost. The damaged file is kept as ${keptAs}.`,
    params: { file: journalRel, keptAs }
  }
}

function damagedJournalNotice(fileRel: string, journalRel: string, lines: number[], keptAs: string): Notice {
  const first = lines[0] ?? 1
  const where =
    lines.length === 1
      ? `at line ${first}: the edit recorded on that line could not be read and is missing`
      : `at ${lines.length} lines, from line ${first}: the edits recorded on them could not be read and are missing`
  return {
    code: 'journal-damaged',
    message: `${journalRel}, which records the latest edits to ${fileRel}, was damaged ${where}. Dossier applied every other edit it records. The damaged journal is kept as ${keptAs}.`,
    params: { file: journalRel, of: fileRel, line: String(first), count: String(lines.length), keptAs }
  }
}
