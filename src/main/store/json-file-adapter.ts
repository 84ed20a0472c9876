import type { Adapter } from 'lowdb'
import { asciiJsonBytes } from './crypto/ascii-json'
import { errorCode, writeFilesAtomic } from './atomic-write'
import { isVouched, noteWritten, rememberContent, vouchedSchema, vouchFor } from './checked-documents'
import { sha256InBackground } from './content-checks'
import type { ContentChecks } from './content-checks'
import type { ReadDigests } from './read-digests'
import { SealBrokenError } from './file-codec'
import type { FileCodec } from './file-codec'
import { notADataFile } from './store-fs'
import type { StoreFs } from './store-fs'

/** A parsed data file: every file the store writes is one JSON object. */
export type JsonObject = Record<string, unknown>

/** The file holds JSON, but not the JSON object every data file must be. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError'
}

/** True for errors that mean "the bytes are damaged", as opposed to "the disk could not be read". */
export function isDamagedFileError(error: unknown): boolean {
  return error instanceof SyntaxError || error instanceof FileFormatError || error instanceof SealBrokenError
}

/**
 * lowdb adapter for one JSON file. Writes are atomic and durable, and also go to the file's
 * second copy when it has one; reads return null only when the file does not exist and let
 * parse errors through, because recovery depends on seeing them.
 */
export class JsonFileAdapter implements Adapter<JsonObject | null> {
  constructor(
    private readonly io: FileIo,
    /** The file's path in the data folder, bound into a sealed file. */
    private readonly role: string,
    readonly path: string,
    private readonly copyPath: string | null = null
  ) {}

  async read(): Promise<JsonObject | null> {
    return readDocument(this.io, this.role, this.path)
  }

  async write(data: JsonObject | null): Promise<void> {
    if (data === null) throw new TypeError(`Refusing to write nothing to ${this.path}.`)
    // The copy first: after a crash between the two, the copy may be newer than the file, never older.
    const targets = this.copyPath === null ? [this.path] : [this.copyPath, this.path]
    const encoded = encodeDocument(this.io.codec, this.role, data)
    const { checks } = this.io
    if (checks === undefined || this.io.codec.sealed || encoded.length < NOTED_FROM_CHARS || !isVouched(data)) {
      await writeFilesAtomic(this.io.fs, targets, encoded)
      return
    }
    // A large plain file made from validated values is hashed on another thread while it is
    // written, and remembered as proven once it is on disk (noteWritten). Only a faster next
    // open depends on that: a hash or a note that fails never fails the save.
    const bytes = Buffer.from(encoded)
    const digest = sha256InBackground(bytes).catch(() => null)
    await writeFilesAtomic(this.io.fs, targets, bytes)
    const sha256 = await digest
    try {
      if (sha256 !== null) noteWritten(checks, this.role, sha256, data)
    } catch {
      return
    }
    await checks.save()
  }
}

// A collection of 20,000 items takes a second or two to validate at open; a brief, a few
// milliseconds. Only files this large are worth hashing after a write and remembering as proven:
// smaller ones (every autosaved brief) would cost a write of the checks file each time.
const NOTED_FROM_CHARS = 256 * 1024

/** Where data files are read and written, and how their bytes are encoded (plain or sealed). */
export interface FileIo {
  fs: StoreFs
  codec: FileCodec
  /** A plain folder's checks remembered by this computer account (content-checks.ts), if any. */
  checks?: ContentChecks | undefined
  /** Where an open keeps the digests of the files it read, for its backup (read-digests.ts). */
  readDigests?: ReadDigests | undefined
}

/** Reads and parses a data file; null when it does not exist. Parse errors are thrown. */
export async function readDocument(io: FileIo, role: string, path: string): Promise<JsonObject | null> {
  const bytes = await readDataBytes(io, path)
  return bytes === null ? null : documentFromBytes(io, role, path, bytes)
}

/** A data file's bytes; null when it does not exist. Something else at its name is damage (FileFormatError). */
export async function readDataBytes(io: FileIo, path: string): Promise<Buffer | null> {
  try {
    return await io.fs.readFile(path)
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT') return null
    // Not a data file, whatever stands at its name: damage to repair from the copy, not a folder
    // that cannot be read.
    if (notADataFile(error)) {
      throw new FileFormatError(error instanceof Error ? error.message : String(error))
    }
    throw error
  }
}

/**
 * A collection file's document made without parsing its text whole, or null to parse it: given
 * the text (a sealed file's opened) and, for a plain file, its digest on its way.
 */
export type LazyReader = (text: Buffer, sha256: Promise<string> | undefined) => Promise<JsonObject | null>

/** Parses the bytes just read from a data file at `path` (its `role` in the data folder). */
export async function documentFromBytes(
  io: FileIo,
  role: string,
  path: string,
  bytes: Buffer,
  lazy?: LazyReader
): Promise<JsonObject> {
  // A plain file's bytes are hashed on another thread while this one decodes and parses them (at
  // 20,000 items, 58 MB: some 60 ms of the open's main thread, measured with --cpu-prof). A
  // sealed file's are not hashed, and are opened in place: noted for the backup before that.
  const sha256 =
    (io.checks !== undefined || io.readDigests !== undefined) && !io.codec.sealed
      ? sha256InBackground(bytes)
      : undefined
  io.readDigests?.note(path, bytes, sha256)
  const opened = io.codec.sealed && lazy ? io.codec.consumeBytes(role, bytes) : undefined
  const made = lazy && (await lazy(opened ?? bytes, sha256))
  if (made) return made
  const text = opened ? opened.toString('utf8') : io.codec.consumeFile(role, bytes)
  const document = takeCheckedMark(io.codec, role, parseDocument(text))
  if (sha256 !== undefined && io.checks !== undefined) {
    // The check is remembered only for a faster next open: without a hash, the file is validated.
    const digest = await sha256.catch(() => null)
    if (digest !== null) rememberContent(document, io.checks, role, digest)
  }
  return document
}

// Where a document carries the mark of a check it passed (see checked-documents.ts).
const MARK_KEY = 'checked'

/**
 * Takes the mark off a document just read, and remembers what it vouches for when it is good.
 * Taken off in every case, so a document written again as it was read (a file compacted with its
 * journal, say) never carries a mark over to content it was not made for.
 */
function takeCheckedMark(codec: FileCodec, role: string, document: JsonObject): JsonObject {
  if (!(MARK_KEY in document)) return document
  const schema = codec.readCheckedMark(role, dataVersionOf(document), document[MARK_KEY])
  // The mark is written last, and V8 takes the last property off an object cheaply.
  delete document[MARK_KEY]
  if (schema !== null) vouchFor(document, schema)
  return document
}

function dataVersionOf(document: JsonObject): number {
  return typeof document.schemaVersion === 'number' ? document.schemaVersion : 0
}

/** Parses a data file's text; throws SyntaxError or FileFormatError for damaged content. */
export function parseDocument(text: string): JsonObject {
  // A byte-order mark appears when someone saves the file from Notepad; it is not damage.
  const parsed: unknown = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FileFormatError('The file holds JSON, but not a JSON object.')
  }
  return parsed as JsonObject
}

/** The bytes written for a document at `role` (its path in the data folder): plain or sealed. */
export function encodeDocument(codec: FileCodec, role: string, content: JsonObject): string | Buffer {
  const version = dataVersionOf(content)
  // Only a sealed file carries a mark: a plain write need not work the schema's id out.
  const schema = codec.sealed ? vouchedSchema(content) : undefined
  const mark = schema === undefined ? null : codec.markChecked(role, version, schema)
  // A mark found in the content itself is not ours to write: only the codec makes marks.
  const { [MARK_KEY]: _found, ...unmarked } = content
  const document = mark === null ? unmarked : { ...unmarked, [MARK_KEY]: mark }
  // Indented, in UTF-8, only where a person can read it. A sealed file is read by Dossier alone:
  // its indentation would be an eighth of the bytes each open reads, opens, decodes and parses,
  // and in ASCII it decodes and parses in a third of the time (crypto/ascii-json.ts).
  const text = codec.sealed ? asciiJsonBytes(sealedText(document)) : serializeDocument(document)
  return codec.encodeFile(role, version, text)
}

/**
 * A sealed document's text: JSON without spaces, with each item of a list of items on a line of
 * its own, so that a reader finds them by their newlines (item-slices.ts) instead of following
 * the JSON through every earlier version (some 500 ms of a sealed 20,000-item library's open
 * with three earlier versions per item, --cpu-prof). Still JSON, parsed whole as before.
 */
function sealedText(document: JsonObject): string {
  const keys = Object.keys(document)
  const { items } = document
  if (keys[0] !== 'schemaVersion' || keys[1] !== 'items' || !Array.isArray(items) || items.length === 0) {
    return JSON.stringify(document)
  }
  const rest =
    keys.length > 2 ? JSON.stringify(Object.fromEntries(keys.slice(2).map((key) => [key, document[key]]))) : '{}'
  const lines = items.map((item) => JSON.stringify(item) ?? 'null').join(',\n')
  const after = rest === '{}' ? '' : `,${rest.slice(1, -1)}`
  return `{"schemaVersion":${JSON.stringify(document.schemaVersion)},"items":[\n${lines}\n]${after}}`
}

/** The text written for a plain document: indented so a person can read a plain data folder. */
export function serializeDocument(document: JsonObject): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
