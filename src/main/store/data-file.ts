import { join } from 'node:path'
import { Low } from 'lowdb'
import { removeFileDurably } from './atomic-write'
import { JsonFileAdapter, readDocument } from './json-file-adapter'
import type { FileIo, JsonObject } from './json-file-adapter'

/**
 * Every data file has a second copy next to it (briefs/b-1.json and briefs/b-1.json.copy),
 * written with it on every save: when damage from outside (a truncated or overwritten file)
 * hits one, the other still holds every acknowledged save, so recovery loses nothing.
 */
export const COPY_SUFFIX = '.copy'

/** One JSON file of the data folder, held through lowdb with the atomic adapter. */
export class DataFile {
  /** Path relative to the data folder with forward slashes, as shown in notices and backups. */
  readonly relPath: string
  readonly absPath: string
  /** The second copy's path; null for a file without one (a file inside a backup). */
  readonly copyPath: string | null
  private readonly db: Low<JsonObject | null>

  constructor(
    private readonly io: FileIo,
    baseDir: string,
    relPath: string,
    options: { secondCopy: boolean } = { secondCopy: true }
  ) {
    this.relPath = relPath
    this.absPath = join(baseDir, ...relPath.split('/'))
    this.copyPath = options.secondCopy ? `${this.absPath}${COPY_SUFFIX}` : null
    this.db = new Low<JsonObject | null>(new JsonFileAdapter(io, relPath, this.absPath, this.copyPath), null)
  }

  /** Reads and parses the file; null when it does not exist. Parse errors are thrown. */
  async read(): Promise<JsonObject | null> {
    this.db.data = null
    await this.db.read()
    return this.db.data
  }

  /** Reads and parses the second copy; null when there is none. Parse errors are thrown. */
  async readCopy(): Promise<JsonObject | null> {
    return this.copyPath === null ? null : readDocument(this.io, this.relPath, this.copyPath)
  }

  /** Whether the file's second copy exists (a file gone from outside may have left it behind). */
  async hasCopy(): Promise<boolean> {
    if (this.copyPath === null) return false
    return this.io.fs.stat(this.copyPath).then(
      () => true,
      () => false
    )
  }

  /** Replaces the file's content (and its second copy's) atomically. */
  async write(document: JsonObject): Promise<void> {
    this.db.data = document
    try {
      await this.db.write()
    } finally {
      // The store keeps its own copy in memory; lowdb need not hold a second one.
      this.db.data = null
    }
  }

  /** Deletes the file, then its second copy, durably. */
  async remove(): Promise<void> {
    this.db.data = null
    await removeFileDurably(this.io.fs, this.absPath)
    if (this.copyPath !== null) await removeFileDurably(this.io.fs, this.copyPath)
  }
}
