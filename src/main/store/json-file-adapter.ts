import type { Adapter } from 'lowdb'
import { errorCode, writeFilesAtomic } from './atomic-write'
import type { StoreFs } from './store-fs'

/** A parsed data file: every file the store writes is one JSON object. */
export type JsonObject = Record<string, unknown>

/** The file holds JSON, but not the JSON object every data file must be. */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError'
}

/** True for errors that mean "the bytes are damaged", as opposed to "the disk could not be read". */
export function isDamagedFileError(error: unknown): boolean {
  return error instanceof SyntaxError || error instanceof FileFormatError
}

/**
 * lowdb adapter for one JSON file. Writes are atomic and durable, and also go to the file's
 * second copy when it has one; reads return null only when the file does not exist and let
 * parse errors through, because recovery depends on seeing them.
 */
export class JsonFileAdapter implements Adapter<JsonObject | null> {
  constructor(
    private readonly fs: StoreFs,
    readonly path: string,
    private readonly copyPath: string | null = null
  ) {}

  async read(): Promise<JsonObject | null> {
    return readDocument(this.fs, this.path)
  }

  async write(data: JsonObject | null): Promise<void> {
    if (data === null) throw new TypeError(`Refusing to write nothing to ${this.path}.`)
    // The copy first: after a crash between the two, the copy may be newer than the file, never older.
    const targets = this.copyPath === null ? [this.path] : [this.copyPath, this.path]
    await writeFilesAtomic(this.fs, targets, serializeDocument(data))
  }
}

/** Reads and parses a data file; null when it does not exist. Parse errors are thrown. */
export async function readDocument(fs: StoreFs, path: string): Promise<JsonObject | null> {
  let text: string
  try {
    text = (await fs.readFile(path)).toString('utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  return parseDocument(text)
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

/** The text written for a document: indented so a person can read the data folder. */
export function serializeDocument(document: JsonObject): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
