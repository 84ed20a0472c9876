import { dirname } from 'node:path'
import { syncDirectory, writeFilesAtomic } from './atomic-write'
import { COPY_SUFFIX } from './data-file'
import type { StoreFs } from './store-fs'

/**
 * Appends lines to a journal and to its second copy (<journal>.copy), both fdatasynced before
 * the append returns, so that damage from outside to one of them loses no acknowledged save
 * (see journal.ts for how a read chooses). The two appends run side by side, so the second
 * costs little time. Callers serialize appends; two appends never run at once.
 */
export class JournalWriter {
  private readonly files: AppendOnlyFile[]

  constructor(
    private readonly fs: StoreFs,
    readonly absPath: string
  ) {
    this.files = [new AppendOnlyFile(fs, absPath), new AppendOnlyFile(fs, `${absPath}${COPY_SUFFIX}`)]
  }

  /** Appends whole lines to both files and fdatasyncs them; rejects with each file as it was before. */
  async append(lines: string): Promise<void> {
    const outcomes = await Promise.allSettled(this.files.map((file) => file.append(lines)))
    const failed = outcomes.find((outcome) => outcome.status === 'rejected')
    if (failed === undefined) return
    // One append may have succeeded: take its line back too, so the two files stay alike. A
    // failure to do so is harmless: the line is whole in one file, and a read takes the longer.
    await Promise.all(
      this.files.map((file, index) =>
        outcomes[index]!.status === 'fulfilled' ? file.undoLast().catch(() => undefined) : undefined
      )
    )
    throw failed.reason
  }

  /** Empties the journal and its copy atomically, once everything in them is in the collection's file. */
  async reset(): Promise<void> {
    await emptyJournal(this.fs, this.absPath)
    for (const file of this.files) file.forgetCutBack()
  }
}

/**
 * One append-only file whose append either lands whole and durable or leaves nothing behind:
 * a failed append's partial bytes are cut off, so the next line never lands glued to half a
 * line (which would read as damage in the middle at the next open).
 */
class AppendOnlyFile {
  // The file may be created by the first append; its directory entry must be durable too.
  private directorySynced = false
  // Set when a failed append's bytes could not be cut off: the length to cut back to first.
  private cutBackTo: number | null = null
  private sizeBeforeLast: number | null = null

  constructor(
    private readonly fs: StoreFs,
    private readonly path: string
  ) {}

  async append(lines: string): Promise<void> {
    // Should this fail too, the save fails without writing, so nothing lands after the leftover bytes.
    if (this.cutBackTo !== null) await this.cutBack(this.cutBackTo)
    const handle = await this.fs.open(this.path, 'a')
    let sizeBefore: number | null = null
    try {
      try {
        // Before any byte is written, so a failure here leaves no line that a later open would apply.
        if (!this.directorySynced) {
          await syncDirectory(this.fs, dirname(this.path))
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
    this.sizeBeforeLast = sizeBefore
  }

  /** Takes the last append back (its twin in the other file failed). */
  async undoLast(): Promise<void> {
    if (this.sizeBeforeLast === null) return
    this.cutBackTo = this.sizeBeforeLast
    await this.cutBack(this.sizeBeforeLast)
  }

  forgetCutBack(): void {
    // The new, empty file has no half line to cut off.
    this.cutBackTo = null
    this.sizeBeforeLast = null
  }

  // Through a handle of its own: Windows cannot truncate through a handle opened for appending.
  private async cutBack(length: number): Promise<void> {
    const handle = await this.fs.open(this.path, 'r+')
    try {
      await handle.truncate(length)
      await handle.datasync()
    } finally {
      await handle.close()
    }
    this.cutBackTo = null
  }
}

/** Replaces a journal and its copy with empty files (temp files, fsync, renames, directory fsync). */
export async function emptyJournal(fs: StoreFs, absPath: string): Promise<void> {
  await writeFilesAtomic(fs, [`${absPath}${COPY_SUFFIX}`, absPath], '')
}
