import { join } from 'node:path'
import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import { removeFileDurably, writeFileAtomic } from './atomic-write'
import type { BatchQueue } from './batch-queue'
import { validate } from './collections'
import type { WriteContext } from './collections'
import { librarySchema, librarySpec, LIBRARY_FILES } from './documents'
import type { JournalEntry } from './journal'
import { writeLabelledBackup } from './labelled-backup'
import { encodeDocument } from './json-file-adapter'
import { PENDING_BATCH_FILE, pendingDocument } from './pending-batch'
import { saveFailed, StoreError } from './store-error'
import type { LibraryBatchOptions, LibraryBatchResult, LibraryChange } from './types'

/** What a batch needs of one library collection. */
export interface BatchPart {
  queue: BatchQueue<JournalEntry<{ id: string }>>
  /** Makes items visible to readers without a journal append (the batch file already holds them). */
  adopt(items: readonly LibraryItem[]): void
  list(): LibraryItem[]
  label: string
}

/**
 * All-or-nothing library batches (see pending-batch.ts for the file that makes them so). While a
 * batch runs, single saves wait; a batch the disk let decide but not finish is finished before
 * the next save, so no later save can land in a journal ahead of it.
 */
export class LibraryBatches {
  private running: Promise<void> | null = null
  /** A decided batch whose journal appends or file removal failed; it is already in memory. */
  private unfinished: LibraryChange[] | null = null
  private finishing: Promise<void> | null = null
  private readonly pendingPath: string

  constructor(
    private readonly context: WriteContext,
    private readonly parts: Record<LibraryKind, BatchPart>
  ) {
    this.pendingPath = join(context.dataDir, ...PENDING_BATCH_FILE.split('/'))
  }

  /** Runs a single save now or, while a batch runs or waits to be finished, after it. */
  write<T>(save: () => Promise<T>): Promise<T> {
    // Checked and queued in the same tick, so a batch cannot start in between.
    if (this.running === null && this.unfinished === null) return save()
    return this.settled().then(() => this.write(save))
  }

  /** Resolves once no batch is running. */
  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  /**
   * Runs `task` with the library to itself, as a batch runs: once every save queued before it has
   * landed (and any batch before it finished), and before any save asked for meanwhile, which
   * waits for it as flush does.
   */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    while (this.running !== null || this.unfinished !== null) await this.settled()
    let release: () => void = () => undefined
    this.running = new Promise<void>((resolve) => (release = resolve))
    try {
      await Promise.all(LIBRARY_KINDS.map((kind) => this.parts[kind].queue.idle()))
      return await task()
    } finally {
      this.running = null
      release()
    }
  }

  /** Puts every change or none; see Store.library.applyBatch. */
  async apply(changes: readonly LibraryChange[], options: LibraryBatchOptions = {}): Promise<LibraryBatchResult> {
    const valid = this.validateAll(changes)
    // Saves queued before the batch land first, so the backup and the check see them.
    return this.exclusive(async () => {
      options.check?.()
      if (valid.length === 0) return { backup: null }
      // The backup and the batch file are written outside the collections' queues, so they are checked here.
      await this.context.assertHolder()
      const backup = options.backup ? await this.backup(options.backup.at, options.backup.label) : null
      const decided = await this.decide(valid)
      for (const kind of LIBRARY_KINDS) {
        this.parts[kind].adopt(valid.filter((change) => change.kind === kind).map((change) => change.item))
      }
      this.unfinished = valid
      if (decided.certain) {
        // Decided: the next open applies the batch file even if this fails, and so does the next save.
        await this.finish().catch(() => undefined)
        return { backup }
      }
      // The batch file may or may not be on the disk. It is carried on as decided, so no later
      // save can land before it; but success is reported only once the journals surely hold it.
      await this.finish().catch(() => {
        throw saveFailed(PENDING_BATCH_FILE, this.context.dataDir, decided.cause)
      })
      return { backup }
    })
  }

  private async settled(): Promise<void> {
    await this.idle()
    if (this.unfinished !== null) await this.finish()
  }

  private validateAll(changes: readonly LibraryChange[]): LibraryChange[] {
    const seen = new Set<string>()
    return changes.map(({ kind, item }) => {
      if (!LIBRARY_KINDS.includes(kind)) {
        throw new StoreError(
          'invalid-input',
          `Dossier did not save this batch: "${String(kind)}" is not a library collection.`
        )
      }
      const valid = validate(librarySchema(kind), item, this.parts[kind].label)
      const key = `${kind}:${valid.id}`
      if (seen.has(key)) {
        throw new StoreError(
          'invalid-input',
          `Dossier did not save this batch: the ${this.parts[kind].label} ${valid.id} appears twice in it.`
        )
      }
      seen.add(key)
      return { kind, item: valid } as LibraryChange
    })
  }

  /**
   * Makes the batch durable in one file; until this returns, nothing of it exists. Throws when
   * the batch surely did not reach the disk; answers `certain: false` when that is not known.
   */
  private async decide(changes: LibraryChange[]): Promise<{ certain: true } | { certain: false; cause: unknown }> {
    try {
      const document = pendingDocument(changes, this.context.schemaVersion)
      await writeFileAtomic(
        this.context.fs,
        this.pendingPath,
        encodeDocument(this.context.codec, PENDING_BATCH_FILE, document)
      )
      return { certain: true }
    } catch (error) {
      // The rename may have happened before the directory sync failed: take the file back so the
      // next open does not apply a batch the user was told failed. If even that fails, nobody can
      // tell whether the file will be there after the next start.
      const removed = await removeFileDurably(this.context.fs, this.pendingPath).then(
        () => true,
        () => false
      )
      if (removed) throw saveFailed(PENDING_BATCH_FILE, this.context.dataDir, error)
      return { certain: false, cause: error }
    }
  }

  private finish(): Promise<void> {
    this.finishing ??= this.appendAndRemove().finally(() => {
      this.finishing = null
    })
    return this.finishing
  }

  private async appendAndRemove(): Promise<void> {
    const batch = this.unfinished
    if (batch === null) return
    for (const kind of LIBRARY_KINDS) {
      const entries = batch.filter((change) => change.kind === kind)
      // Pushed in one tick, so each collection gets one append and one fdatasync.
      await Promise.all(entries.map(({ item }) => this.parts[kind].queue.push({ op: 'put', item })))
    }
    try {
      await removeFileDurably(this.context.fs, this.pendingPath)
    } catch (error) {
      throw saveFailed(PENDING_BATCH_FILE, this.context.dataDir, error)
    }
    if (this.unfinished === batch) this.unfinished = null
  }

  private backup(at: Date, label: string): Promise<string> {
    const documents = LIBRARY_KINDS.map((kind) => ({
      relPath: LIBRARY_FILES[kind],
      document: librarySpec(kind).toDocument(this.parts[kind].list() as never, this.context.schemaVersion)
    }))
    return writeLabelledBackup(this.context, label, at, documents)
  }
}
