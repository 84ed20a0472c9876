import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import type { OperationInput } from '@shared/operations'
import type { Result } from '@shared/result'
import { api } from '@renderer/api/client'

// The contract's inputs are unions discriminated by `kind`; TypeScript cannot tie a generic
// `kind` to its item type through them, so the one cast each call needs lives here.

/** Saves a draft of the given kind; a new item when the draft has no id. */
export function saveItem<K extends LibraryKind>(
  kind: K,
  item: LibraryDraftByKind[K],
  expectedVersion?: number
): Promise<Result<LibraryItem>> {
  const input = { kind, item, ...(expectedVersion === undefined ? {} : { expectedVersion }) }
  return api['library.save'](input as OperationInput<'library.save'>)
}

/** Puts back an item that was deleted, history included (the "Undo" of a delete). */
export function reinstateItem(kind: LibraryKind, id: string): Promise<Result<LibraryItem>> {
  return api['library.reinstate']({ kind, id })
}

/** Reads one item, typed by its kind. */
export async function getItem<K extends LibraryKind>(kind: K, id: string): Promise<Result<LibraryItemByKind[K]>> {
  return (await api['library.get']({ kind, id })) as Result<LibraryItemByKind[K]>
}
