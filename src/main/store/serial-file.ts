import { BatchQueue } from './batch-queue'

/**
 * The state of one file and the queue of changes to it. Writes never overlap; changes that queue
 * up while a write runs go to disk together in the next one (the batching is BatchQueue's), and
 * the state that readers see moves forward only once a write has succeeded, so what they read is
 * what is on disk.
 */
export class SerialFile<S> {
  private committed: S
  private readonly queue: BatchQueue<(draft: S) => S>

  constructor(
    initial: S,
    persist: (state: S) => Promise<void>,
    /** Copies the state so a batch can change the copy and drop it if the write fails. */
    copy: (state: S) => S,
    onCommit: (state: S) => void = () => undefined
  ) {
    this.committed = initial
    this.queue = new BatchQueue(async (changes) => {
      const next = changes.reduce((draft, change) => change(draft), copy(this.committed))
      await persist(next)
      this.committed = next
      onCommit(next)
    })
  }

  /** The state as it is on disk. */
  get state(): S {
    return this.committed
  }

  /** Queues a change; resolves once a write holding it is on disk, rejects if that write fails. */
  change(change: (draft: S) => S): Promise<void> {
    return this.queue.push(change)
  }

  /** Resolves once every queued change has been written or has failed. */
  idle(): Promise<void> {
    return this.queue.idle()
  }
}
