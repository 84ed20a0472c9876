import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'

/** One version of an item: its content as saved then, without the history. */
export type ItemVersion = { [K in LibraryKind]: Omit<LibraryItemByKind[K], 'history'> }[LibraryKind]

/** The current version and every earlier one, newest first. */
export function versionsNewestFirst(item: LibraryItem): ItemVersion[] {
  const { history, ...current } = item
  return [current as ItemVersion, ...[...(history as ItemVersion[])].reverse()]
}
