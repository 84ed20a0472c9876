import { ApiFailure } from './failure'

// Undoing a delete puts back the record the main process removed, never one the window sends:
// a window that could send a whole record could write any history, author or version it liked.
// The records live here, in memory, for as long as this opening of the folder: locking or
// closing Dossier forgets them with everything else, and a deleted record was never more than
// an undo away.

/** How many deleted records of one kind can still be put back; older deletions are final. */
const KEPT_PER_KIND = 50

/** Deleted records of one kind, by id, the newest last. */
export class DeletedRecords<T extends { id: string }> {
  private readonly records = new Map<string, T>()

  constructor(private readonly what: string) {}

  /** Keeps a record just deleted, so it can be put back. */
  keep(record: T): void {
    this.records.delete(record.id)
    this.records.set(record.id, record)
    const oldest = this.records.keys().next()
    if (this.records.size > KEPT_PER_KIND && !oldest.done) this.records.delete(oldest.value)
  }

  /** The record deleted under this id, to put back; not-found once it cannot be any more. */
  private peek(id: string): T {
    const record = this.records.get(id)
    if (!record) {
      throw new ApiFailure(
        'not-found',
        `No ${this.what} with id "${id}" was deleted since Dossier opened the data folder, so there is nothing to put back.`
      )
    }
    return record
  }

  /**
   * Puts a record deleted under this id back as it was (the undo of a delete), through `put`;
   * refused when `taken` says another record holds the id now.
   */
  async putBack(id: string, taken: (id: string) => boolean, put: (record: T) => Promise<void>): Promise<T> {
    const record = this.peek(id)
    if (taken(id)) {
      throw new ApiFailure(
        'conflict',
        `A ${this.what} with id "${id}" already exists, so the deleted one cannot be put back under that id.`
      )
    }
    await put(record)
    this.records.delete(id)
    return record
  }
}
