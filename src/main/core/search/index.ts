import type { LibraryItemByKind, LibraryKind } from '@shared/entities'
import { foldText } from '@shared/fold-text'
import { FIELD_BOOSTS, SEARCH_FIELDS, documentId, toDocument } from './documents'
import { InvertedIndex } from './inverted-index'
import { tokenize } from './tokenize'

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
  filter?: (kind: LibraryKind, id: string) => boolean
  /** At most this many hits; 50 unless told. */
  limit?: number
  /** False to leave the matched words out of the hits (for ordering or counting only). */
  terms?: boolean
}

interface ItemRef {
  kind: LibraryKind
  id: string
}

const DEFAULT_LIMIT = 50
const BOOSTS = SEARCH_FIELDS.map((field) => FIELD_BOOSTS[field] ?? 1)

/**
 * A full-text index of the library in both languages: accent- and case-insensitive, with prefix
 * and small-typo matching, titles and names ranked above body text.
 */
export class LibrarySearch {
  private readonly index = new InvertedIndex<ItemRef>(BOOSTS)

  private constructor() {}

  /** Builds the index of all the given items. */
  static build(items: Iterable<IndexedItem>): LibrarySearch {
    const search = new LibrarySearch()
    for (const entry of items) search.upsert(entry)
    return search
  }

  /** Adds one item, or replaces its earlier version after an edit. */
  upsert(entry: IndexedItem): void {
    const document = toDocument(entry.kind, entry.item)
    const texts = SEARCH_FIELDS.map((field) => document[field])
    this.index.add(documentId(entry.kind, entry.item.id), texts, { kind: entry.kind, id: entry.item.id })
  }

  /** Takes one item out of the index; an item not in it is ignored. */
  remove(kind: LibraryKind, id: string): void {
    this.index.remove(documentId(kind, id))
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
            (kinds === undefined || kinds.has(ref.kind)) && (filter === undefined || filter(ref.kind, ref.id))
    const answer = this.index.query(tokenize(query), {
      accept,
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
