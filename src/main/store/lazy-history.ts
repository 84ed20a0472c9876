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
// account's checks, or sealed with a mark: see item-lookup.ts), each item is parsed without its
// history, and its history is parsed from the same bytes the first time it is read. Whatever
// reads the item (a spread, structuredClone across IPC, JSON.stringify, zod) reads the getter
// and sees the same value a whole parse gives. The history is the last key of every item the
// store writes (the schema's order); a file laid out otherwise is read in full, as before.

/** How the file's JSON is laid out: indented (a plain file) or on one line (a sealed file's text). */
export type ItemLayout = 'indented' | 'compact'

/**
 * The items of `text`, each parsed without its history and given a history read on demand; null
 * when an item's history is not its last key (the caller then parses the file whole).
 */
export function itemsWithLazyHistory<T>(text: Buffer, slices: Iterable<ItemSlice>, layout: ItemLayout): T[] | null {
  const items: T[] = []
  for (const slice of slices) {
    const found = layout === 'indented' ? indentedHistory(text, slice) : compactHistory(text, slice)
    if (found === null) return null
    // The item's own text up to the comma before its history, closed again.
    const rest: unknown = JSON.parse(`${text.toString('utf8', slice.start, found.comma)}}`)
    if (typeof rest !== 'object' || rest === null || Array.isArray(rest)) return null
    items.push(withHistoryFrom(rest, text, found.start, found.end) as T)
  }
  return items
}

/** Where an item's history lies, and the comma that comes before its key. */
interface HistoryBytes {
  comma: number
  start: number
  end: number
}

// An item's own keys are indented by six spaces and everything nested in it by more, and no
// string holds a raw newline: a line of six spaces then a quote is a key of the item's own.
const INDENTED_KEY = '\n      "'
const INDENTED_HISTORY = `${INDENTED_KEY}history": `
const INDENTED_ITEM_END = '\n    }'

function indentedHistory(text: Buffer, slice: ItemSlice): HistoryBytes | null {
  const at = text.indexOf(INDENTED_HISTORY, slice.start, 'latin1')
  const start = at + INDENTED_HISTORY.length
  const end = slice.end - INDENTED_ITEM_END.length
  if (at === -1 || start >= end || text[at - 1] !== COMMA) return null
  // The last key: no key of the item's own after it, and its list closes on the item's last line.
  const nextKey = text.indexOf(INDENTED_KEY, start, 'latin1')
  if (nextKey !== -1 && nextKey < end) return null
  const value = text.toString('latin1', start, Math.min(end, start + 2))
  const closes =
    value === '[]' ? start + 2 === end : value === '[\n' && text.toString('latin1', end - 8, end) === '\n      ]'
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
function withHistoryFrom(item: object, text: Buffer, start: number, end: number): object {
  let history: unknown
  Object.defineProperty(item, 'history', {
    enumerable: true,
    configurable: true,
    get: () => (history ??= JSON.parse(text.toString('utf8', start, end))),
    set: (value: unknown) => {
      history = value
    }
  })
  return item
}
