import { z } from 'zod'
import { errorCode } from './atomic-write'
import { COPY_SUFFIX } from './data-file'
import { plainCodec } from './file-codec'
import { notADataFile } from './store-fs'
import type { FileCodec } from './file-codec'
import type { FileIo, JsonObject } from './json-file-adapter'
import { deferred } from '@shared/deferred-schema'

// A library collection's journal holds one JSON line per put or remove acknowledged since the
// collection's file was last written in full. Appending one line is what makes a save durable,
// so saving one item costs a small append and an fdatasync instead of rewriting thousands.

/** One journal line: `{"op":"put","item":{...}}` or `{"op":"remove","id":"..."}`. */
export type JournalEntry<I extends { id: string } = JsonObject & { id: string }> =
  { op: 'put'; item: I } | { op: 'remove'; id: string }

/** What a journal file held when it was read at open. */
export interface JournalRead {
  /** The file's bytes as found (empty when there is no journal), kept aside when some are not applied. */
  bytes: Buffer
  /** The entries of the complete, well-formed lines, in order; a damaged line is skipped. */
  entries: JournalEntry[]
  /** The line (1-based) each entry was read from. */
  lineNumbers: number[]
  /** The last line was cut short: a write that never returned ok, so it is dropped. */
  torn: boolean
  /**
   * The complete lines that are not journal entries (1-based), and why the first is not. Every
   * line holds a whole item or a removal, so the lines after a damaged one still apply: only the
   * damaged line's own edit is lost.
   */
  bad: DamagedLines | null
  /**
   * The journal itself was damaged or cut short from outside, and its second copy, which holds
   * every acknowledged line, is what these entries come from.
   */
  fromCopy?: boolean
  /**
   * Something other than a file (a link, a folder, a pipe) stands at the journal's name or its
   * copy's: never read through, and moved aside at the next open that saves, before the first
   * append would fail on it.
   */
  strayEntry?: boolean
  /**
   * The journal and its second copy hold the very same bytes, so appends may go on after them,
   * line for line in both, without the journal being folded into its file first.
   */
  copiesMatch?: boolean
}

/** Lines of a journal that could not be applied, and why the first could not. */
export interface DamagedLines {
  lines: number[]
  problem: string
}

/** The journal that goes with a collection file: library/partners.json -> library/partners.journal.jsonl. */
export function journalPath(relPath: string): string {
  return relPath.replace(/\.json$/, '.journal.jsonl')
}

/** The line appended for an entry; JSON.stringify escapes newlines inside strings, so it is one line. */
export function encodeEntry(entry: JournalEntry<{ id: string }>, codec: FileCodec = plainCodec, role = ''): string {
  return `${codec.encodeLine(role, JSON.stringify(entry))}\n`
}

/**
 * Reads a journal and its second copy (see journal-writer.ts) and answers the one holding more
 * entries: both hold every acknowledged line, so the shorter one was damaged or cut short from
 * outside, or lacks a line whose save never answered. A line damaged in the one answered is read
 * from the other where that one holds it. A missing journal reads as an empty one. I/O errors are
 * thrown.
 */
export async function readJournal(io: FileIo, role: string, absPath: string): Promise<JournalRead> {
  const read = (path: string): Promise<JournalRead> => readOne(io, role, path)
  const [journal, copy] = await Promise.all([read(absPath), read(`${absPath}${COPY_SUFFIX}`)])
  // Whichever of the two is answered, a stray entry at either name must be moved aside.
  const stray = journal.strayEntry === true || copy.strayEntry === true ? { strayEntry: true } : {}
  if (stray.strayEntry !== true && journal.bytes.equals(copy.bytes)) return { ...journal, copiesMatch: true }
  const copyBetter =
    copy.entries.length > journal.entries.length ||
    (copy.entries.length === journal.entries.length && journal.bad !== null && copy.bad === null)
  if (!copyBetter) return fillDamagedLines({ ...journal, ...stray }, copy)
  // One line more is what a crash between the two appends leaves (a save that never answered);
  // anything else means the journal was damaged, which the user is told of.
  const damaged = journal.bad !== null || copy.entries.length - journal.entries.length > 1
  return fillDamagedLines({ ...copy, fromCopy: damaged, ...stray }, journal)
}

/**
 * The journal read with each damaged line taken from the other file, which was written line for
 * line with it. Only when the two agree on every line both could read: a file changed from
 * outside (a line added or removed) is not aligned, and its lines would replay out of order.
 */
function fillDamagedLines(read: JournalRead, other: JournalRead): JournalRead {
  if (read.bad === null || other.entries.length === 0) return read
  const byLine = new Map<number, JournalEntry>()
  other.lineNumbers.forEach((line, index) => byLine.set(line, other.entries[index] as JournalEntry))
  for (const [index, line] of read.lineNumbers.entries()) {
    const theirs = byLine.get(line)
    if (theirs !== undefined && JSON.stringify(theirs) !== JSON.stringify(read.entries[index])) return read
  }
  const lines = new Map(read.lineNumbers.map((line, index) => [line, read.entries[index] as JournalEntry]))
  const missing: number[] = []
  for (const line of read.bad.lines) {
    const theirs = byLine.get(line)
    if (theirs === undefined) missing.push(line)
    else lines.set(line, theirs)
  }
  if (missing.length === read.bad.lines.length) return read
  const lineNumbers = [...lines.keys()].sort((a, b) => a - b)
  return {
    ...read,
    entries: lineNumbers.map((line) => lines.get(line) as JournalEntry),
    lineNumbers,
    bad: missing.length > 0 ? { ...read.bad, lines: missing } : null,
    // Its second copy held what the damaged lines held: the user is told it was repaired.
    fromCopy: true
  }
}

async function readOne(io: FileIo, role: string, path: string): Promise<JournalRead> {
  let bytes: Buffer
  try {
    bytes = await io.fs.readFile(path)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return parseJournal(Buffer.alloc(0))
    // Whatever stands at its name (a link, a folder, a pipe) holds no line: damaged, read from its copy.
    if (notADataFile(error)) {
      const problem = error instanceof Error ? error.message : String(error)
      return { ...parseJournal(Buffer.alloc(0)), bad: { lines: [1], problem }, strayEntry: true }
    }
    throw error
  }
  return parseJournal(bytes, (line) => io.codec.decodeLine(role, line))
}

// Only the shape is checked here; the item is checked against its kind's schema at replay, where
// the data version is known.
const entrySchema = deferred(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('put'), item: z.looseObject({ id: z.string() }) }),
    z.object({ op: z.literal('remove'), id: z.string() })
  ])
)

const NEWLINE = 0x0a
/** Splits a journal into entries, telling a torn last line (harmless) from damage in the middle. */
export function parseJournal(
  bytes: Buffer,
  decode: (line: Buffer) => string = (line) => plainCodec.decodeLine('', line)
): JournalRead {
  const lines: Buffer[] = []
  let start = 0
  for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
    lines.push(bytes.subarray(start, end))
    start = end + 1
  }
  // Bytes after the last newline belong to an append that did not finish.
  let torn = start < bytes.length
  const entries: JournalEntry[] = []
  const lineNumbers: number[] = []
  const damaged: number[] = []
  let problem = ''
  for (const [index, line] of lines.entries()) {
    const decoded = decodeLine(line, decode)
    if (decoded.ok) {
      entries.push(decoded.entry)
      lineNumbers.push(index + 1)
      continue
    }
    // A last line that is not even JSON is also an unfinished append when it holds zeros: some
    // file systems extend the file before its bytes land. Only the end can be torn this way. A
    // whole line without zeros that does not read was damaged after it landed, and its save was
    // answered: it is reported like any damaged line (a journal kept across starts may hold an
    // edit of days ago there).
    if (decoded.unreadable && !torn && index === lines.length - 1 && line.includes(0)) {
      torn = true
      break
    }
    if (damaged.length === 0) problem = decoded.problem
    damaged.push(index + 1)
  }
  return { bytes, entries, lineNumbers, torn, bad: damaged.length > 0 ? { lines: damaged, problem } : null }
}

type Decoded = { ok: true; entry: JournalEntry } | { ok: false; unreadable: boolean; problem: string }

function decodeLine(line: Buffer, decode: (line: Buffer) => string): Decoded {
  let parsed: unknown
  try {
    parsed = JSON.parse(decode(line))
  } catch (error) {
    return { ok: false, unreadable: true, problem: error instanceof Error ? error.message : String(error) }
  }
  const result = entrySchema.safeParse(parsed)
  if (!result.success) return { ok: false, unreadable: false, problem: 'The line is not a journal entry.' }
  return { ok: true, entry: result.data }
}
