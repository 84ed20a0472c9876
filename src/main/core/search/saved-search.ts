import { createHash } from 'node:crypto'
import SearchableMap from 'minisearch/SearchableMap'
import { foldText } from '@shared/fold-text'
import { v8 } from '../lazy-builtins'
import { searchableText } from '@shared/rich-text'
import { SEARCH_FIELDS, toDocument } from './documents'
import { LibrarySearch } from './index'
import type { IndexedItem } from './index'
import { STOP_WORDS } from './stop-words'
import { runAtOnce } from './steps'
import type { Steps } from './steps'
import { foldWord, forEachWordSpan, indexWord, MAX_WORD_LENGTH } from './tokenize'

// The search index saved between starts. Building it takes seconds at 20,000 items, on every
// start, right when the officer types a first word; read back, it takes a fraction of that, and
// only the items changed since it was saved are indexed again. It is a copy of what the library
// says, never the library itself: anything wrong with it (damaged, forged, from another version
// of the index) makes it be built again, and it is never backed up.

const FORMAT = 'Dossier search index'
// Raise when what the index keeps changes in a way the code below does not show (the packing of
// postings, say): an index saved by an older Dossier is then built again instead of being read.
const VERSION = 2
// The code that decides what the index keeps of an item: its texts, its words, their folding. A
// Dossier whose code differs there (an update) takes a saved index for another version's and
// builds its own, once, rather than answer from words its predecessor picked differently.
const INDEXING_CODE = createHash('sha256')
  .update([toDocument, searchableText, forEachWordSpan, foldWord, indexWord, foldText].map(String).join('\n'))
  .digest('hex')

/**
 * The words' tree is saved as MiniSearch lays it out (vocabulary.ts). A small tree's bytes stand
 * for that layout, so an index saved with a MiniSearch that lays trees out otherwise is built anew.
 */
function treeLayout(): string {
  const sample = new SearchableMap<number>()
  for (const [id, word] of ['dossier', 'dos', 'dot', 'brief', 'bref'].entries()) sample.set(word, id)
  return v8().serialize(sample._tree).toString('base64')
}

/** What the saved index was made with: an index made otherwise reads differently. */
function madeWith(): string {
  return [
    FORMAT,
    VERSION,
    INDEXING_CODE,
    treeLayout(),
    MAX_WORD_LENGTH,
    SEARCH_FIELDS.join(','),
    [...STOP_WORDS].sort().join(',')
  ].join('\n')
}

/** The index as bytes, to be read back with readSavedSearch. */
export function saveSearch(search: LibrarySearch): Buffer {
  return v8().serialize({ madeWith: madeWith(), ...search.state() })
}

/**
 * The index saved in `bytes`, brought up to date with the library's items, and how many items
 * that took; throws, saying why in a few words, when the bytes are not an index this Dossier
 * saved, or do not hold together.
 */
export function readSavedSearch(
  bytes: Buffer,
  items: Iterable<IndexedItem>
): { search: LibrarySearch; changed: number } {
  return runAtOnce(readingSavedSearch(bytes, items))
}

/** readSavedSearch in steps, for a caller that spreads the work between other tasks (steps.ts). */
export function* readingSavedSearch(
  bytes: Buffer,
  items: Iterable<IndexedItem>
): Steps<{ search: LibrarySearch; changed: number }> {
  let saved: unknown
  try {
    saved = v8().deserialize(bytes)
  } catch (error) {
    throw new Error('The saved search index cannot be read.', { cause: error })
  }
  if (typeof saved !== 'object' || saved === null || (saved as { madeWith?: unknown }).madeWith !== madeWith()) {
    throw new Error('The saved search index was made by another version of Dossier.')
  }
  try {
    return yield* LibrarySearch.restore(saved as Parameters<typeof LibrarySearch.restore>[0], items)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`The saved search index is damaged: ${reason}.`, { cause: error })
  }
}
