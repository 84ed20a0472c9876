import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem, LibraryItemByKind, LibraryKind } from '@shared/entities'
import { foldText } from '@shared/fold-text'
import { FIELD_BOOSTS, SEARCH_FIELDS, documentId, toDocument } from './documents'
import { InvertedIndex } from './inverted-index'
import type { IndexState } from './inverted-index'
import { yieldsAt } from './steps'
import type { Steps } from './steps'
import { queryWords } from './tokenize'

export { foldText }

/** A library item handed to the index, with its kind. */
export interface IndexedItem<K extends LibraryKind = LibraryKind> {
  kind: K
  item: LibraryItemByKind[K]
}

/** One item that matched a query. */
export interface SearchHit {
  kind: LibraryKind
  id: string
  score: number
  /**
   * Normalized (accent-folded, lowercased) words of the item that matched the query, for
   * highlighting: `migr` gives `migration`, the typo `refugess` gives `refugees`. Fold the
   * displayed text with foldText and mark these words.
   */
  terms: string[]
  /** Which fields matched, e.g. 'title', 'text', 'context', 'lines', 'name', 'summary', 'people'. */
  fields: string[]
}

/** What a search may be narrowed to. */
export interface LibrarySearchOptions {
  kinds?: LibraryKind[]
  /** Which items may appear; `item` is the item as indexed, when the index has it. */
  filter?: (kind: LibraryKind, id: string, item: LibraryItem | undefined) => boolean
  /**
   * Names the rule `filter` applies, when it decides from the item alone: searches with the same
   * key reuse its answer for each item not changed since (see QueryOptions.acceptKey). Two
   * filters that may answer differently for the same item must not share a key.
   */
  filterKey?: string
  /** At most this many hits; 50 unless told. */
  limit?: number
  /** False to leave the matched words out of the hits (for ordering or counting only). */
  terms?: boolean
}

interface ItemRef {
  kind: LibraryKind
  id: string
  // The item as indexed, so a query's filter reads it without a lookup per match (9 ms a
  // keystroke at 20,000 items). Absent from an index read back, until the read back has met it.
  item?: LibraryItem
}

const DEFAULT_LIMIT = 50
const BOOSTS = SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field] ?? 1)

/**
 * A full-text index of the library in both languages: accent- and case-insensitive, with prefix
 * and small-typo matching, titles and names ranked above body text.
 */
export class LibrarySearch {
  // What each item was when indexed (its version and time of change), by index key: a saved
  // index read back is brought up to date by re-indexing the items whose stamp changed.
  private readonly stamps = new Map<string, string>()

  private constructor(private readonly index = new InvertedIndex<ItemRef>(BOOSTS)) {}

  /** The index as plain data with each item's stamp, in the order of `state.keys`. */
  state(): { index: IndexState; stamps: string[] } {
    const index = this.index.state()
    return { index, stamps: index.keys.map((key) => (key === null ? '' : (this.stamps.get(key) ?? ''))) }
  }

  /**
   * The search `state` gave, in steps, brought up to date with the library's items as they are
   * now: those added or changed since are indexed, those gone are taken out. Throws when the
   * state does not hold together. Says how many items it had to index or take out.
   */
  static *restore(
    state: { index: IndexState; stamps: string[] },
    items: Iterable<IndexedItem>
  ): Steps<{ search: LibrarySearch; changed: number }> {
    const { index, stamps } = state
    if (!Array.isArray(stamps) || !Array.isArray(index.keys) || stamps.length !== index.keys.length) {
      throw new Error('its stamps are wrong')
    }
    const search = new LibrarySearch(yield* InvertedIndex.restore(BOOSTS, index, refOf))
    index.keys.forEach((key, slot) => {
      if (key !== null) search.stamps.set(key, String(stamps[slot]))
    })
    let changed = 0
    let seen = 0
    for (const entry of items) {
      if (yieldsAt(seen++)) yield
      const key = documentId(entry.kind, entry.item.id)
      const meta = search.index.metaOf(key)
      if (meta !== undefined && search.stamps.get(key) === stampOf(entry)) {
        meta.item = entry.item
        continue
      }
      // Indexed again, it gets an entry that holds the item too.
      search.upsert(entry)
      // Indexing an item again costs as much as comparing thousands of stamps.
      if (yieldsAt(changed++, 32)) yield
    }
    // What the library no longer has is what no item met above: read back without its item still.
    for (const key of index.keys) {
      const meta = key === null ? undefined : search.index.metaOf(key)
      if (meta === undefined || meta.item !== undefined) continue
      search.remove(meta.kind, meta.id)
      changed += 1
    }
    return { search, changed }
  }

  /** Builds the index of all the given items. */
  static build(items: Iterable<IndexedItem>): LibrarySearch {
    const search = new LibrarySearch()
    for (const entry of items) search.upsert(entry)
    return search
  }

  /** Readies a fresh build for its first query and save, in steps (InvertedIndex.preparing). */
  preparing(): Steps<void> {
    return this.index.preparing()
  }

  /** Adds one item, or replaces its earlier version after an edit. */
  upsert(entry: IndexedItem): void {
    const document = toDocument(entry.kind, entry.item)
    const texts = SEARCH_FIELDS.map((field) => document[field])
    const key = documentId(entry.kind, entry.item.id)
    this.index.add(key, texts, { kind: entry.kind, id: entry.item.id, item: entry.item })
    this.stamps.set(key, stampOf(entry))
  }

  /** Takes one item out of the index; an item not in it is ignored. */
  remove(kind: LibraryKind, id: string): void {
    const key = documentId(kind, id)
    this.index.remove(key)
    this.stamps.delete(key)
  }

  /**
   * The items matching every word of the query, best first; when none match them all, the items
   * matching some of them. An empty query, or one of stop-words only, finds nothing.
   */
  search(query: string, options: LibrarySearchOptions = {}): SearchHit[] {
    return this.searchCounted(query, options).hits
  }

  /** The best hits, as `search` gives them, and how many items matched in all. */
  searchCounted(query: string, options: LibrarySearchOptions = {}): { hits: SearchHit[]; total: number } {
    const kinds = options.kinds === undefined ? undefined : new Set(options.kinds)
    const { filter } = options
    const accept =
      kinds === undefined && filter === undefined
        ? undefined
        : (ref: ItemRef): boolean =>
            (kinds === undefined || kinds.has(ref.kind)) && (filter === undefined || filter(ref.kind, ref.id, ref.item))
    const answer = this.index.query(queryWords(query), {
      accept,
      acceptKey: acceptKeyOf(kinds, options),
      limit: options.limit ?? DEFAULT_LIMIT,
      terms: options.terms
    })
    const hits = answer.hits.map(({ meta, score, terms, fields }) => ({
      kind: meta.kind,
      id: meta.id,
      score,
      terms,
      fields: fields.map((field) => SEARCH_FIELDS[field] ?? '')
    }))
    return { hits, total: answer.total }
  }
}

/**
 * The key under which the index may keep what a search's kinds and filter answered for each
 * item (QueryOptions.acceptKey); none for a filter without a key, which is asked each time.
 */
function acceptKeyOf(kinds: ReadonlySet<LibraryKind> | undefined, options: LibrarySearchOptions): string | undefined {
  const kindsKey = kinds === undefined ? 'all' : [...kinds].sort().join(',')
  if (options.filter === undefined) return kindsKey
  return options.filterKey === undefined ? undefined : `${kindsKey}|${options.filterKey}`
}

/** What an item was when indexed: every change to an item makes a new version. */
function stampOf({ item }: IndexedItem): string {
  return `${item.version} ${item.updatedAt}`
}

/** The kind and id an index key stands for; throws for a key no item could have. */
function refOf(key: string): ItemRef {
  const colon = key.indexOf(':')
  const kind = key.slice(0, colon)
  if (colon < 1 || !(LIBRARY_KINDS as readonly string[]).includes(kind)) throw new Error(`the key ${key} is wrong`)
  return { kind: kind as LibraryKind, id: key.slice(colon + 1) }
}
