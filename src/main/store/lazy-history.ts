import type { ItemSlice } from './item-slices'

// An office's library gains an earlier version at every edit, review, confirmed translation and
// status change, and each item keeps them all in its `history`. At 20,000 items with three
// earlier versions each, a plain collection set is some 240 MB, and the open parsed all of it:
// 1.6 to 3 s (bench: store cold load with earlier versions; --cpu-prof: JSON.parse, decoding to
// a string, and the garbage they leave), against 0.4 to 0.5 s for the same items without their
// past. Searching, listing and composing read current versions only; a history is read when an
// item's page, a save, a restore, a brief's placed version or an exchange asks for it.
//
// So, for a file whose bytes are already trusted as passing their schema (proven by this
// account's checks, or sealed with a mark: see trusted-items.ts), each item is parsed without its
// history, and its history is parsed from the same bytes the first time it is read. Whatever
// reads the item (a spread, structuredClone across IPC, JSON.stringify, zod) reads the getter
// and sees the same value a whole parse gives. The history is the last key of every item the
// store writes (the schema's order); a file laid out otherwise is read in full, as before.

/** How the file's JSON is laid out: indented (a plain file) or without spaces (a sealed file's text). */
export type ItemLayout = 'indented' | 'compact'

/**
 * The items of `text`, each parsed without its history and given a history read on demand; null
 * when an item's history is not its last key, or when earlier versions are too few to be worth
 * leaving (the caller then parses the file whole, which is quicker for a library never edited).
 */
export function itemsWithLazyHistory<T>(text: Buffer, slices: Iterable<ItemSlice>, layout: ItemLayout): T[] | null {
  const found: Array<{ slice: ItemSlice; history: HistoryBytes }> = []
  let historyBytes = 0
  for (const slice of slices) {
    const history = layout === 'indented' ? indentedHistory(text, slice) : compactHistory(text, slice)
    if (history === null) return null
    found.push({ slice, history })
    historyBytes += history.end - history.start
  }
  if (historyBytes < text.length * WORTH_LEAVING) return null
  const items: T[] = []
  for (const { slice, history } of found) {
    // The item's own text up to the comma before its history, closed again. Item by item: a
    // decoding and a parse of each small text took half the time of one list made of them all.
    const item: unknown = JSON.parse(`${text.toString('utf8', slice.start, history.comma)}}`)
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return null
    // An item never edited has nothing to leave for later.
    if (history.end - history.start === 2) Object.assign(item, { history: [] })
    else withHistoryFrom(item, text, history.start, history.end)
    items.push(item as T)
  }
  return items
}

// Below a tenth of the file, slicing costs more than the earlier versions would (measured on a
// sealed 20,000-item library with no earlier versions: 600 ms sliced against 435 parsed whole).
const WORTH_LEAVING = 0.1

// How a list of earlier versions that is not empty opens, in each layout: no item of a library
// never edited (a bundle imported without history, say) has one.
const EARLIER_VERSIONS_OPEN: Record<ItemLayout, string> = { indented: '"history": [\n', compact: '"history":[{' }

/**
 * False when no item of `text` has an earlier version: reading it item by item would only cost
 * more than parsing it whole (on a sealed library of 20,000 items, some 70 ms to find them).
 */
export function holdsEarlierVersions(text: Buffer, layout: ItemLayout): boolean {
  return text.indexOf(EARLIER_VERSIONS_OPEN[layout], 0, 'latin1') !== -1
}

/** Where an item's history lies, and the comma that comes before its key. */
interface HistoryBytes {
  comma: number
  start: number
  end: number
}

// An item's own keys are indented by six spaces and everything nested in it by more, and no
// string holds a raw newline: this line is the item's own key "history".
const INDENTED_HISTORY = '\n      "history": '
const INDENTED_ITEM_END = '\n    }'
// How a list of earlier versions ends: the last version's closing brace, then the list's bracket.
const INDENTED_HISTORY_END = '\n        }\n      ]'

function indentedHistory(text: Buffer, slice: ItemSlice): HistoryBytes | null {
  const at = text.indexOf(INDENTED_HISTORY, slice.start, 'latin1')
  const start = at + INDENTED_HISTORY.length
  const end = slice.end - INDENTED_ITEM_END.length
  if (at === -1 || start >= end || text[at - 1] !== COMMA) return null
  // Proven bytes are exactly what the store writes for values its schema gave (content-checks.ts),
  // whose keys come in the schema's order, history last (lazy-history.test.ts holds the schema to
  // it): the list runs from here to the item's last line. Making sure no key of the item's own
  // follows would mean scanning every earlier version's bytes, most of the file, for a line of
  // six spaces (90 ms per 100 MB here), which is what reading the file lazily is to avoid.
  const empty = text.toString('latin1', start, start + 2) === '[]'
  if (empty) return start + 2 === end ? { comma: at - 1, start, end } : null
  const closes =
    text[start] === OPEN_BRACKET &&
    text.toString('latin1', end - INDENTED_HISTORY_END.length, end) === INDENTED_HISTORY_END
  return closes ? { comma: at - 1, start, end } : null
}

const COMPACT_HISTORY = '"history":'

function compactHistory(text: Buffer, slice: ItemSlice): HistoryBytes | null {
  // The item's last key of its own, found while its end was (item-slices.ts).
  const at = slice.lastKey
  if (
    at === undefined ||
    text[at - 1] !== COMMA ||
    text.toString('latin1', at, at + COMPACT_HISTORY.length) !== COMPACT_HISTORY
  )
    return null
  const start = at + COMPACT_HISTORY.length
  const end = slice.end - 1
  return text[start] === OPEN_BRACKET && text[end - 1] === CLOSE_BRACKET ? { comma: at - 1, start, end } : null
}

const COMMA = 0x2c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/** Gives `item` a `history` parsed from `text` between `start` and `end` when first read. */
function withHistoryFrom(item: object, text: Buffer, start: number, end: number): void {
  // The bytes are let go once parsed or replaced, and a value set (even undefined) is kept as set.
  let source: Buffer | null = text
  let history: unknown
  Object.defineProperty(item, 'history', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (source !== null) {
        history = JSON.parse(source.toString('utf8', start, end))
        source = null
      }
      return history
    },
    set: (value: unknown) => {
      history = value
      source = null
    }
  })
}
