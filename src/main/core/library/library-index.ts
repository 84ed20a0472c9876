import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'
import { itemTitle, LIBRARY_KINDS } from '@shared/entities'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import type { Store } from '../../store'
import { LibrarySearch } from '../search'
import type { IndexedItem, SearchHit } from '../search'

// Building the index of a 20,000-item library takes most of a second. Built inside the first
// query, that second landed on the officer's first keystroke; built in one go at start, it
// would hold every other request of the main process. So it is built in slices between other
// work, from the window's first call on (app.status, or a search), and a query that arrives
// before the last slice builds the rest at once. The command line never starts it.
const SLICE_MS = 8

interface ItemRef {
  kind: LibraryKind
  id: string
}

/** A library item with its kind. */
export interface LibraryRef {
  kind: LibraryKind
  item: LibraryItem
}

/**
 * The search index, kept in step with every change the library service makes, and the library's
 * title order in each language, worked out once per change rather than once per listing.
 */
export class LibraryIndex {
  private search: LibrarySearch | null = null
  // The index while it is built in slices, and the items still to add to it. It takes changes as
  // the built index does; the items still to add are read from the store when their turn comes,
  // so an item changed or deleted meanwhile is added as it is then, or not at all.
  private partial: LibrarySearch | null = null
  private pending: ItemRef[] = []
  private next = 0
  private warming: ReturnType<typeof setImmediate> | null = null
  private readonly titleOrders = new Map<Language, LibraryRef[]>()

  constructor(private readonly store: Store) {}

  /** Starts building the index in slices, if it is not built or being built already. */
  warm(): void {
    if (this.search !== null || this.partial !== null) return
    this.startBuilding()
    const slice = (): void => {
      this.warming = null
      const deadline = performance.now() + SLICE_MS
      while (this.next < this.pending.length && performance.now() < deadline) this.addNext()
      if (this.next < this.pending.length) this.warming = setImmediate(slice)
      else this.finishBuilding()
    }
    this.warming = setImmediate(slice)
  }

  /** Stops a build in slices (the store is closing); a later query builds what is missing. */
  stopWarming(): void {
    if (this.warming !== null) clearImmediate(this.warming)
    this.warming = null
  }

  /** The best `limit` matches for a query and how many there are; `filter` decides which items may appear. */
  query(
    text: string,
    filter: (kind: LibraryKind, id: string) => boolean,
    kinds: LibraryKind[],
    options: { limit: number; terms?: boolean }
  ): { hits: SearchHit[]; total: number } {
    return this.built().searchCounted(text, { filter, kinds, ...options })
  }

  /** The words of a query each of these items matched, by `kind:id`, for highlighting one page. */
  termsOf(text: string, page: readonly LibraryRef[]): Map<string, string[]> {
    const keys = new Set(page.map(({ kind, item }) => `${kind}:${item.id}`))
    const kinds = [...new Set(page.map(({ kind }) => kind))]
    const found = this.query(text, (kind, id) => keys.has(`${kind}:${id}`), kinds, { limit: page.length })
    return new Map(found.hits.map((hit) => [`${hit.kind}:${hit.id}`, hit.terms]))
  }

  /**
   * Every item in the order of its title in this language, kinds mixed; kept until the library
   * changes, so listing 20,000 items does not sort them each time. The store's own objects.
   */
  inTitleOrder(language: Language): readonly LibraryRef[] {
    let order = this.titleOrders.get(language)
    if (order === undefined) {
      const collator = new Intl.Collator(language === 'fr' ? 'fr-CA' : 'en-CA', { sensitivity: 'base' })
      const keyed = LIBRARY_KINDS.flatMap((kind) =>
        this.store.library.list(kind).map((item) => ({ kind, item, title: pick(itemTitle(kind, item), language) }))
      )
      keyed.sort((a, b) => collator.compare(a.title, b.title))
      order = keyed.map(({ kind, item }) => ({ kind, item }))
      this.titleOrders.set(language, order)
    }
    return order
  }

  upsert<K extends LibraryKind>(kind: K, item: LibraryItemByKind[K]): void {
    this.titleOrders.clear()
    ;(this.search ?? this.partial)?.upsert({ kind, item } as IndexedItem)
  }

  remove(kind: LibraryKind, id: string): void {
    this.titleOrders.clear()
    ;(this.search ?? this.partial)?.remove(kind, id)
  }

  private startBuilding(): void {
    this.partial = LibrarySearch.build([])
    this.pending = LIBRARY_KINDS.flatMap((kind) => this.store.library.list(kind).map((item) => ({ kind, id: item.id })))
    this.next = 0
  }

  private addNext(): void {
    const ref = this.pending[this.next++]
    const item = ref && this.store.library.get(ref.kind, ref.id)
    if (ref && item) this.partial?.upsert({ kind: ref.kind, item } as IndexedItem)
  }

  private finishBuilding(): void {
    this.search = this.partial
    this.partial = null
    this.pending = []
    this.next = 0
  }

  private built(): LibrarySearch {
    if (this.search === null) {
      this.stopWarming()
      if (this.partial === null) this.startBuilding()
      while (this.next < this.pending.length) this.addNext()
      this.finishBuilding()
    }
    return this.search as LibrarySearch
  }
}
