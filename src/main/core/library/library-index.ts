import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'
import { itemTitle, LIBRARY_KINDS } from '@shared/entities'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import type { Store } from '../../store'
import { LibrarySearch } from '../search'
import { readingSavedSearch, saveSearch } from '../search/saved-search'
import { runAtOnce, runInSlices } from '../search/steps'
import type { Steps } from '../search/steps'
import { firstInOrder } from './first-in-order'
import type { IndexedItem, SearchHit } from '../search'

// Building the index of a 20,000-item library takes one to two seconds. Built inside the first
// query, that wait landed on the officer's first keystroke. So the index built is saved in the
// data folder (core/search/saved-search.ts), and each start reads it back, from the window's
// first call on (app.status, or a search), re-indexing only the items changed since: a few
// hundred milliseconds, in slices between the window's calls. With no saved index, or a damaged
// one, the index is built in slices between other work. A search with words waits for either
// (ready), which then runs in longer slices. The command line never starts either.
const SLICE_MS = 8
// Work a search waits for. Done at once, a build (one or two seconds at 20,000 items), or a
// read-back with thousands of items changed since the save (after a large import from the command
// line), held the main process, and with it every other call of the window, for all that time;
// in slices this long it takes hardly longer, and other calls are answered in between.
const HURRIED_SLICE_MS = 50
// Items changed since the saved index past which it is saved again, so later starts re-index less.
const RESAVE_AFTER_CHANGES = 200
// A library smaller than this is built in a blink (the embedded one in a few milliseconds): it is
// not worth a second copy of the library's words on disk.
const SAVE_FROM_ITEMS = 2_000
// Past this many items wanted in title order, sorting them all is the quicker way (first-in-order.ts).
const PICK_AT_MOST = 500

const collators = new Map<Language, Intl.Collator>()

/** Titles compare as people sort them in each language, ignoring case and accents. */
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language)
  if (collator === undefined) {
    collator = new Intl.Collator(language === 'fr' ? 'fr-CA' : 'en-CA', { sensitivity: 'base' })
    collators.set(language, collator)
  }
  return collator
}

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
  // The saved index being read; read once per index, at the first warm.
  private reading: Promise<void> | null = null
  // The build in slices, until it ends (or stops).
  private buildingInSlices: Promise<void> | null = null
  // Set once a search waits for either (ready): what is left then runs in longer slices.
  private hurried = false
  private readSaved = false
  // Items changed while the saved index is read back, by `kind:id`: indexed again once it is.
  private changedWhileReading: Map<string, ItemRef> | null = null
  // The store is being put away (a lock, a restore): no more work in the background, no save.
  private closed = false
  private readonly titleOrders = new Map<Language, LibraryRef[]>()
  // The title orders to work out after the answer that picked their first few (firstInTitleOrder).
  private readonly toSort = new Set<Language>()
  private sortQueued = false

  constructor(
    private readonly store: Store,
    /** Libraries of this many items or more have their index saved between starts. */
    private readonly saveFromItems = SAVE_FROM_ITEMS
  ) {}

  /**
   * Reads the saved index back, or starts building the index in slices, if it is not built or
   * on its way already.
   */
  warm(): void {
    if (this.closed || this.search !== null || this.partial !== null || this.reading !== null) return
    if (!this.readSaved) {
      this.readSaved = true
      this.reading = this.readBack().finally(() => {
        this.reading = null
        this.warm()
      })
      return
    }
    this.startBuilding()
    // A query that could not wait finishes the build itself (built); the slices then stop. A slice
    // that throws ends the slices too, leaving what is left to the next query, built at once.
    this.buildingInSlices = runInSlices(
      this.building(),
      () => (this.hurried ? HURRIED_SLICE_MS : SLICE_MS),
      () => this.closed || this.search !== null
    )
      .then(
        () => undefined,
        () => undefined
      )
      .finally(() => (this.buildingInSlices = null))
  }

  /**
   * Resolves once the saved index has been read back (or found missing or unusable) and, when it
   * had to be built instead, once the build is done. For a search that waits on it: what is left
   * of either then runs in longer slices.
   */
  async ready(): Promise<void> {
    if (this.reading === null && this.buildingInSlices === null) return
    this.hurried = true
    // A read-back that finds nothing usable starts the build as it ends (warm).
    if (this.reading !== null) await this.reading
    if (this.buildingInSlices !== null) await this.buildingInSlices
  }

  /**
   * The saved index, brought up to date; anything wrong with it leaves the index to be built. Read
   * in slices, so the window's calls are answered meanwhile; an item changed meanwhile is indexed
   * again at the end, as it is then.
   */
  private async readBack(): Promise<void> {
    const bytes = await this.store.searchIndex.read().catch(() => null)
    if (bytes === null || this.superseded()) return
    this.changedWhileReading = new Map()
    try {
      const read = await runInSlices(
        readingSavedSearch(bytes, this.currentItems()),
        () => (this.hurried ? HURRIED_SLICE_MS : SLICE_MS),
        () => this.superseded()
      )
      if (read === null || this.superseded()) return
      for (const { kind, id } of this.changedWhileReading.values()) {
        const item = this.store.library.get(kind, id)
        if (item) read.search.upsert({ kind, item } as IndexedItem)
        else read.search.remove(kind, id)
      }
      this.search = read.search
      if (read.changed > RESAVE_AFTER_CHANGES) this.save()
    } catch {
      // Damaged, forged or from another version: built again from the library, and saved anew.
    } finally {
      this.changedWhileReading = null
    }
  }

  /** A query that could not wait built the index meanwhile, or the store is being put away. */
  private superseded(): boolean {
    return this.closed || this.search !== null || this.partial !== null
  }

  /** Saves the built index for the next start; a failed save costs that start a build, nothing more. */
  private save(): void {
    if (this.closed) return
    const items = LIBRARY_KINDS.reduce((count, kind) => count + this.store.library.list(kind).length, 0)
    if (items < this.saveFromItems) return
    this.store.searchIndex
      .write(() => {
        // Closed while the write waited its turn: the store is being put away, with its key.
        if (this.closed || this.search === null) throw new Error('No index to save.')
        return saveSearch(this.search)
      })
      .catch(() => undefined)
  }

  private currentItems(): IndexedItem[] {
    return LIBRARY_KINDS.flatMap((kind) => this.store.library.list(kind).map((item) => ({ kind, item }) as IndexedItem))
  }

  /**
   * The store is being put away (a lock, a restore): the build in slices stops, and nothing is
   * saved or read back any more, so that nothing in the background keeps the store, and its key.
   */
  close(): void {
    this.closed = true
  }

  /** The best `limit` matches for a query and how many there are; `filter` decides which items may appear. */
  query(
    text: string,
    filter: (kind: LibraryKind, id: string, item: LibraryItem | undefined) => boolean,
    kinds: LibraryKind[],
    options: { limit: number; terms?: boolean; filterKey?: string }
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
      const collator = collatorFor(language)
      order = this.titled(language)
        .sort((a, b) => collator.compare(a.title, b.title))
        .map(({ kind, item }) => ({ kind, item }))
      this.titleOrders.set(language, order)
    }
    return order
  }

  /**
   * The first `count` of the items `accept` takes, in title order, and how many it takes in all.
   * Right after a start or a change the order is not worked out yet, and sorting 20,000 titles
   * takes 40 ms or more: then the first few are picked (a tenth of that) and the sort is left
   * for after the answer, ready for the pages that follow.
   */
  firstInTitleOrder(
    language: Language,
    count: number,
    accept: (ref: LibraryRef) => boolean
  ): { first: LibraryRef[]; total: number } {
    if (this.titleOrders.has(language) || count > PICK_AT_MOST) {
      const taken = this.inTitleOrder(language).filter(accept)
      return { first: taken.slice(0, count), total: taken.length }
    }
    this.sortSoon(language)
    const collator = collatorFor(language)
    const taken = this.titled(language).filter(accept)
    const first = firstInOrder(taken, count, (a, b) => collator.compare(a.title, b.title))
    return { first: first.map(({ kind, item }) => ({ kind, item })), total: taken.length }
  }

  /** Every item with its title in this language, in the store's order. */
  private titled(language: Language): Array<LibraryRef & { title: string }> {
    return LIBRARY_KINDS.flatMap((kind) =>
      this.store.library.list(kind).map((item) => ({ kind, item, title: pick(itemTitle(kind, item), language) }))
    )
  }

  private sortSoon(language: Language): void {
    this.toSort.add(language)
    if (this.sortQueued) return
    this.sortQueued = true
    const sortAll = () => {
      this.sortQueued = false
      const languages = [...this.toSort]
      this.toSort.clear()
      if (!this.closed) for (const each of languages) this.inTitleOrder(each)
    }
    // After the saved index is read back: sorting 20,000 titles took 75 to 125 ms of the main
    // process on a slow machine, right when the officer's first search waits for the read-back.
    // The pages that follow the first are picked as the first was until then.
    if (this.reading === null) setImmediate(sortAll)
    else void this.reading.then(() => setImmediate(sortAll))
  }

  upsert<K extends LibraryKind>(kind: K, item: LibraryItemByKind[K]): void {
    this.titleOrders.clear()
    this.changedWhileReading?.set(`${kind}:${item.id}`, { kind, id: item.id })
    ;(this.search ?? this.partial)?.upsert({ kind, item } as IndexedItem)
  }

  remove(kind: LibraryKind, id: string): void {
    this.titleOrders.clear()
    this.changedWhileReading?.set(`${kind}:${id}`, { kind, id })
    ;(this.search ?? this.partial)?.remove(kind, id)
  }

  private startBuilding(): void {
    this.partial = LibrarySearch.build([])
    this.pending = LIBRARY_KINDS.flatMap((kind) => this.store.library.list(kind).map((item) => ({ kind, id: item.id })))
    this.next = 0
  }

  /**
   * Adds the items still to add, one a step, readies the index for its first query and save (in
   * one go they held the main process 300 to 400 ms each at 20,000 items), then makes it the
   * built one.
   */
  private *building(): Steps<void> {
    while (this.next < this.pending.length) {
      this.addNext()
      yield
    }
    if (this.partial !== null) yield* this.partial.preparing()
    this.finishBuilding()
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
    if (this.readSaved) this.save()
  }

  private built(): LibrarySearch {
    if (this.search === null) {
      if (this.partial === null) this.startBuilding()
      runAtOnce(this.building())
    }
    return this.search as LibrarySearch
  }
}
