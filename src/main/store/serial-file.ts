interface PendingChange<S> {
  change: (draft: S) => S
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * The state of one file and the queue of changes to it. Writes never overlap; changes that queue
 * up while a write runs go to disk together in the next one, and the state that readers see moves
 * forward only once a write has succeeded, so what they read is what is on disk.
 */
export class SerialFile<S> {
  private committed: S
  private pending: PendingChange<S>[] = []
  private draining: Promise<void> | null = null

  constructor(
    initial: S,
    private readonly persist: (state: S) => Promise<void>,
    /** Copies the state so a batch can change the copy and drop it if the write fails. */
    private readonly copy: (state: S) => S,
    private readonly onCommit: (state: S) => void = () => undefined
  ) {
    this.committed = initial
  }

  /** The state as it is on disk. */
  get state(): S {
    return this.committed
  }

  /** Queues a change; resolves once a write holding it is on disk, rejects if that write fails. */
  change(change: (draft: S) => S): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ change, resolve, reject })
      this.draining ??= this.drain()
    })
  }

  /** Resolves once every queued change has been written or has failed. */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve()
  }

  private async drain(): Promise<void> {
    // Let the calls made in the same tick join the first batch instead of writing one by one.
    await Promise.resolve()
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0)
      try {
        const next = batch.reduce((draft, pending) => pending.change(draft), this.copy(this.committed))
        await this.persist(next)
        this.committed = next
        this.onCommit(next)
        for (const pending of batch) pending.resolve()
      } catch (error) {
        for (const pending of batch) pending.reject(error)
      }
    }
    this.draining = null
  }
}
