import { dirname } from 'node:path'
import { syncDirectory, writeFilesAtomic } from './atomic-write'
import { COPY_SUFFIX } from './data-file'
import type { StoreFileHandle, StoreFs } from './store-fs'

/**
 * Files left without an append this long are closed, so a store put away without flush() (a
 * test, a failed start) lets them go itself instead of leaving them to the garbage collector,
 * which Node warns about. Long enough that a burst of saves while typing keeps them open.
 */
const IDLE_CLOSE_MS = 10_000

/**
 * Appends lines to a journal and to its second copy (<journal>.copy), both fdatasynced before
 * the append returns, so that damage from outside to one of them loses no acknowledged save
 * (see journal.ts for how a read chooses). The two appends run side by side, so the second
 * costs little time. Callers serialize appends; two appends never run at once.
 *
 * Both files stay open between appends: a save is then one write and one fdatasync per file.
 * Opening, measuring and closing each file on every save cost as much time again, and each of
 * those steps is one more wait on a busy machine.
 */
export class JournalWriter {
  private readonly files: AppendOnlyFile[]
  // The append under way, so that close waits for it instead of closing a file under it.
  private appending: Promise<void> | null = null
  private idleTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly fs: StoreFs,
    readonly absPath: string
  ) {
    this.files = [new AppendOnlyFile(fs, absPath), new AppendOnlyFile(fs, `${absPath}${COPY_SUFFIX}`)]
  }

  /** Appends whole lines to both files and fdatasyncs them; rejects with each file as it was before. */
  async append(lines: string): Promise<void> {
    const appended = this.appendToBoth(Buffer.from(lines, 'utf8'))
    this.appending = appended
    try {
      await appended
    } finally {
      if (this.appending === appended) this.appending = null
      this.closeWhenIdle()
    }
  }

  private closeWhenIdle(): void {
    if (this.idleTimer !== null) {
      this.idleTimer.refresh()
      return
    }
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null
      this.close().catch(() => undefined)
    }, IDLE_CLOSE_MS)
    // Nothing to wait for at exit: the system closes the files of a process that ends.
    this.idleTimer.unref()
  }

  private async appendToBoth(bytes: Buffer): Promise<void> {
    const outcomes = await Promise.allSettled(this.files.map((file) => file.append(bytes)))
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

  /**
   * Makes sure the files held open are still the journal and its copy: one removed or replaced
   * from outside is let go, so the next append writes to the file now at its name (creating it if
   * need be), as when every append opened the files by name. Writes nothing, so it can run while
   * the lock is checked; callers call it before each append.
   */
  async verify(): Promise<void> {
    await Promise.all(this.files.map((file) => file.verify()))
  }

  /** Empties the journal and its copy atomically, once everything in them is in the collection's file. */
  async reset(): Promise<void> {
    // The open handles would go on writing to the files that the empty ones replace.
    await this.close()
    await emptyJournal(this.fs, this.absPath)
    for (const file of this.files) file.forgetCutBack()
  }

  /** Closes both files; the next append opens them again. For a store being put away, or idle. */
  async close(): Promise<void> {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer)
    this.idleTimer = null
    while (this.appending !== null) await this.appending.catch(() => undefined)
    await Promise.all(this.files.map((file) => file.close()))
  }
}

/**
 * One append-only file whose append either lands whole and durable or leaves nothing behind:
 * a failed append's partial bytes are cut off, so the next line never lands glued to half a
 * line (which would read as damage in the middle at the next open).
 */
class AppendOnlyFile {
  private handle: StoreFileHandle | null = null
  // The identity of the file the handle holds, to tell when another file has taken its name.
  private ino: bigint | null = null
  // The file's length as this writer left it, measured when the file is opened. Only Dossier
  // writes its journals while it holds the folder; a file changed from outside meanwhile is
  // damage, which its twin answers for at the next open.
  private length = 0
  // The file may be created by the first append; its directory entry must be durable too.
  private directorySynced = false
  // Set when a failed append's bytes could not be cut off: the length to cut back to first.
  private cutBackTo: number | null = null
  private lengthBeforeLast: number | null = null

  constructor(
    private readonly fs: StoreFs,
    private readonly path: string
  ) {}

  async append(bytes: Buffer): Promise<void> {
    // Should this fail too, the save fails without writing, so nothing lands after the leftover bytes.
    if (this.cutBackTo !== null) await this.cutBack(this.cutBackTo)
    const handle = await this.opened()
    const lengthBefore = this.length
    try {
      // Durable when it returns: the file is opened for durable appends.
      await handle.writeFile(bytes)
    } catch (error) {
      // After a failure the handle is not trusted any further: the next append opens the file again.
      await this.close().catch(() => undefined)
      this.cutBackTo = lengthBefore
      // Still set if this fails: the next append cuts back before writing, or fails without writing.
      await this.cutBack(lengthBefore).catch(() => undefined)
      throw error
    }
    this.lengthBeforeLast = lengthBefore
    this.length = lengthBefore + bytes.length
  }

  /** Takes the last append back (its twin in the other file failed). */
  async undoLast(): Promise<void> {
    if (this.lengthBeforeLast === null) return
    this.cutBackTo = this.lengthBeforeLast
    await this.cutBack(this.lengthBeforeLast)
  }

  forgetCutBack(): void {
    // The new, empty file has no half line to cut off.
    this.cutBackTo = null
    this.lengthBeforeLast = null
  }

  async verify(): Promise<void> {
    if (this.handle === null) return
    const named = await this.fs.stat(this.path).then(
      (stats) => stats.ino,
      () => null
    )
    if (named === this.ino) return
    // A file made anew by the next append needs its name made durable, as the first one did.
    this.directorySynced = false
    await this.close()
  }

  async close(): Promise<void> {
    const handle = this.handle
    // Forgotten before the close is awaited, so an append that starts meanwhile opens its own.
    this.handle = null
    await handle?.close()
  }

  // Opens the file for appending (creating it) and measures it; no byte is written here, so a
  // failure leaves nothing that a later open would apply.
  private async opened(): Promise<StoreFileHandle> {
    if (this.handle !== null) return this.handle
    const handle = await this.fs.open(this.path, 'a-durable')
    try {
      if (!this.directorySynced) {
        await syncDirectory(this.fs, dirname(this.path))
        this.directorySynced = true
      }
      const stats = await handle.stat()
      this.length = stats.size
      this.ino = stats.ino
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
    this.handle = handle
    return handle
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
    this.length = length
  }
}

/** Replaces a journal and its copy with empty files (temp files, fsync, renames, directory fsync). */
export async function emptyJournal(fs: StoreFs, absPath: string): Promise<void> {
  await writeFilesAtomic(fs, [`${absPath}${COPY_SUFFIX}`, absPath], '')
}
