interface Pending<E> {
  entry: E
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * Writes queued entries one batch at a time, never two at once. Entries queued while a batch is
 * written (or in the same tick) go together in the next one, so a burst of saves shares one
 * fdatasync. `afterBatch` (compaction) runs before the next batch starts, so entries queued
 * meanwhile wait for it.
 */
export class BatchQueue<E> {
  private pending: Pending<E>[] = []
  private draining: Promise<void> | null = null

  constructor(
    private readonly write: (batch: E[]) => Promise<void>,
    private readonly afterBatch: () => Promise<void> = async () => undefined
  ) {}

  /** Queues an entry; resolves once the batch holding it is written, rejects if that write fails. */
  push(entry: E): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ entry, resolve, reject })
      this.draining ??= this.drain()
    })
  }

  /** Resolves once every queued entry has been written or has failed, and compaction is done. */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve()
  }

  private async drain(): Promise<void> {
    // Let the calls made in the same tick join the first batch instead of writing one by one.
    await Promise.resolve()
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0)
      try {
        await this.write(batch.map((pending) => pending.entry))
        for (const pending of batch) pending.resolve()
      } catch (error) {
        for (const pending of batch) pending.reject(error)
      }
      // A failed compaction loses nothing (the journal still holds every entry); the queue goes on.
      await this.afterBatch().catch(() => undefined)
    }
    this.draining = null
  }
}
