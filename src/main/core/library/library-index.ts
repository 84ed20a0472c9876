import type { LibraryItemByKind, LibraryKind } from '@shared/entities'
import { LIBRARY_KINDS } from '@shared/entities'
import type { Store } from '../../store'
import { LibrarySearch } from '../search'
import type { SearchHit } from '../search'

/**
 * The search index, built on first use rather than at start-up (building it for a large library
 * takes a noticeable moment that the first screen does not need), then kept in step with every
 * change the library service makes.
 */
export class LibraryIndex {
  private search: LibrarySearch | null = null

  constructor(private readonly store: Store) {}

  private built(): LibrarySearch {
    this.search ??= LibrarySearch.build(
      LIBRARY_KINDS.flatMap((kind) => this.store.library.list(kind).map((item) => ({ kind, item })))
    )
    return this.search
  }

  /** Matches for a query, best first; `filter` decides which items may appear at all. */
  query(
    text: string,
    filter: (kind: LibraryKind, id: string) => boolean,
    kinds: LibraryKind[] | undefined
  ): SearchHit[] {
    return this.built().search(text, { filter, kinds, limit: Number.MAX_SAFE_INTEGER })
  }

  upsert<K extends LibraryKind>(kind: K, item: LibraryItemByKind[K]): void {
    this.search?.upsert({ kind, item } as never)
  }

  remove(kind: LibraryKind, id: string): void {
    this.search?.remove(kind, id)
  }
}
