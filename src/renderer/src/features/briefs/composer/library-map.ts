import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'

/** The library items a brief uses, by `kind:id`: what the composer, preview and checks read. */
export type LibraryMap = ReadonlyMap<string, LibraryItem>

/** The key of one library item in a LibraryMap. */
export function libraryKey(kind: LibraryKind, id: string): string {
  return `${kind}:${id}`
}

/** A map from the library entries 'briefs.open' returns. */
export function toLibraryMap(entries: readonly { kind: LibraryKind; item: LibraryItem }[]): LibraryMap {
  return new Map(entries.map(({ kind, item }) => [libraryKey(kind, item.id), item]))
}

/** The rules' lookup over a map. */
export function lookupIn(map: LibraryMap): LibraryLookup {
  return <K extends LibraryKind>(kind: K, id: string) =>
    map.get(libraryKey(kind, id)) as LibraryItemByKind[K] | undefined
}

/** The map with one item added or replaced; the same map when the item is already there as is. */
export function withLibraryItem(map: LibraryMap, kind: LibraryKind, item: LibraryItem): LibraryMap {
  const key = libraryKey(kind, item.id)
  if (map.get(key) === item) return map
  const next = new Map(map)
  next.set(key, item)
  return next
}
