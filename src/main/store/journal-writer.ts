import { dirname } from 'node:path'
import { syncDirectory, writeFileAtomic } from './atomic-write'
import type { StoreFs } from './store-fs'

/**
 * Appends lines to one journal so that an append that returned is on the disk, and an append
 * that failed leaves nothing behind: its partial bytes are cut off, so the next line never
 * lands glued to half a line (which would read as damage in the middle at the next open).
 * Callers serialize appends; two appends never run at once.
 */
export class JournalWriter {
  // The journal may be created by the first append; its directory entry must be durable too.
  private directorySynced = false
  // Set when a failed append's bytes could not be cut off: the length to cut back to first.
  private cutBackTo: number | null = null

  constructor(
    private readonly fs: StoreFs,
    readonly absPath: string
  ) {}

  /** Appends whole lines and fdatasyncs them; rejects with the file as it was before. */
  async append(lines: string): Promise<void> {
    // Should this fail too, the save fails without writing, so nothing lands after the leftover bytes.
    if (this.cutBackTo !== null) await this.cutBack(this.cutBackTo)
    const handle = await this.fs.open(this.absPath, 'a')
    let sizeBefore: number | null = null
    try {
      try {
        // Before any byte is written, so a failure here leaves no line that a later open would apply.
        if (!this.directorySynced) {
          await syncDirectory(this.fs, dirname(this.absPath))
          this.directorySynced = true
        }
        sizeBefore = (await handle.stat()).size
        await handle.writeFile(lines)
        await handle.datasync()
      } finally {
        await handle.close()
      }
    } catch (error) {
      if (sizeBefore !== null) {
        this.cutBackTo = sizeBefore
        // Still set if this fails: the next append cuts back before writing, or fails without writing.
        await this.cutBack(sizeBefore).catch(() => undefined)
      }
      throw error
    }
  }

  // Through a handle of its own: Windows cannot truncate through a handle opened for appending.
  private async cutBack(length: number): Promise<void> {
    const handle = await this.fs.open(this.absPath, 'r+')
    try {
      await handle.truncate(length)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    this.cutBackTo = null
  }

  /** Empties the journal atomically, once everything in it is in the collection's file. */
  async reset(): Promise<void> {
    await emptyJournal(this.fs, this.absPath)
    // The new, empty file has no half line to cut off.
    this.cutBackTo = null
  }
}

/** Replaces a journal with an empty file (temp file, fsync, rename, directory fsync). */
export async function emptyJournal(fs: StoreFs, absPath: string): Promise<void> {
  await writeFileAtomic(fs, absPath, '')
}
