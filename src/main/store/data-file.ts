import { join } from 'node:path'
import { Low } from 'lowdb'
import { removeFileDurably } from './atomic-write'
import { JsonFileAdapter } from './json-file-adapter'
import type { JsonObject } from './json-file-adapter'
import type { StoreFs } from './store-fs'

/** One JSON file of the data folder, held through lowdb with the atomic adapter. */
export class DataFile {
  /** Path relative to the data folder with forward slashes, as shown in notices and backups. */
  readonly relPath: string
  readonly absPath: string
  private readonly db: Low<JsonObject | null>
  private readonly fs: StoreFs

  constructor(fs: StoreFs, baseDir: string, relPath: string) {
    this.relPath = relPath
    this.fs = fs
    this.absPath = join(baseDir, ...relPath.split('/'))
    this.db = new Low<JsonObject | null>(new JsonFileAdapter(fs, this.absPath), null)
  }

  /** Reads and parses the file; null when it does not exist. Parse errors are thrown. */
  async read(): Promise<JsonObject | null> {
    this.db.data = null
    await this.db.read()
    return this.db.data
  }

  /** Replaces the file's content atomically. */
  async write(document: JsonObject): Promise<void> {
    this.db.data = document
    try {
      await this.db.write()
    } finally {
      // The store keeps its own copy in memory; lowdb need not hold a second one.
      this.db.data = null
    }
  }

  /** Deletes the file durably. */
  async remove(): Promise<void> {
    this.db.data = null
    await removeFileDurably(this.fs, this.absPath)
  }
}
