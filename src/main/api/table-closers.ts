import type { ApiTable } from './table'

// What a table must stop when its store is put away (a lock, a restore): work it does in the
// background holds the store, and in an encrypted folder the store holds the key. Kept beside
// the table rather than in it, so that the table stays the operations and nothing else.
const closers = new WeakMap<ApiTable, () => void>()

/** Says what stops `table`'s work in the background. */
export function whenClosed(table: ApiTable, close: () => void): void {
  closers.set(table, close)
}

/** Stops `table`'s work in the background: its store is being put away. */
export function closeApi(table: ApiTable): void {
  closers.get(table)?.()
}
