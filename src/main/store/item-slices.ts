// Where each item of a library collection file lies in its bytes, found without parsing the
// whole file, in the two layouts Dossier writes; anything else gives null, and the caller reads
// the file in full, as it always did.
//
// A plain file (itemSlices) is exactly what serializeDocument writes for { schemaVersion, items }:
// JSON indented by two spaces, then a newline. No string there holds a raw newline (JSON escapes
// them), an item opens on a line of its own with `{` indented by four spaces and closes on one
// with `}` indented by four, its own fields are indented by six and everything nested in it by
// more. So an item's text runs from that `{` to the first line that is four spaces and `}`, and
// its id is on its line indented by six.
//
// A sealed file's text (compactItemSlices) is the same document on one line, in ASCII, with the
// data key's mark after the items (encodeDocument): its items are found by following the JSON.

/** An item's bytes: `bytes.subarray(start, end)` is its JSON text. */
export interface ItemSlice {
  start: number
  end: number
  /** In a compact file, where the item's last key of its own opens (its quote). */
  lastKey?: number
}

const OPEN_ITEM = '\n    {'
const CLOSE_ITEM = '\n    }'
const ID_FIELD = '\n      "id": '
const NEXT_ITEM = ',\n    {'
const LAST_ITEM = '\n  ]\n}\n'

/** The slice of each item by id, or null when the bytes are not laid out as Dossier writes them. */
export function itemSlices(bytes: Buffer, schemaVersion: number): Map<string, ItemSlice> | null {
  const header = `{\n  "schemaVersion": ${schemaVersion},\n  "items": [`
  if (!startsWithAt(bytes, header, 0)) return null
  const slices = new Map<string, ItemSlice>()
  if (startsWithAt(bytes, ']\n}\n', header.length)) return header.length + 4 === bytes.length ? slices : null
  if (!startsWithAt(bytes, OPEN_ITEM, header.length)) return null
  // At the `{` that opens each item in turn.
  let start = header.length + OPEN_ITEM.length - 1
  for (;;) {
    const close = bytes.indexOf(CLOSE_ITEM, start, 'latin1')
    if (close === -1) return null
    const end = close + CLOSE_ITEM.length
    const id = idOf(bytes, start, close)
    if (id === null || slices.has(id)) return null
    slices.set(id, { start, end })
    if (startsWithAt(bytes, LAST_ITEM, end)) return end + LAST_ITEM.length === bytes.length ? slices : null
    if (!startsWithAt(bytes, NEXT_ITEM, end)) return null
    start = end + NEXT_ITEM.length - 1
  }
}

/** The id on the item's own "id" line, between `start` and the item's closing line; null if none. */
function idOf(bytes: Buffer, start: number, close: number): string | null {
  const field = bytes.indexOf(ID_FIELD, start, 'latin1')
  if (field === -1 || field > close) return null
  const valueStart = field + ID_FIELD.length
  const lineEnd = bytes.indexOf(0x0a, valueStart)
  // The value runs to the line's end, less the comma that follows every field but the last.
  let valueEnd = lineEnd === -1 || lineEnd > close ? close : lineEnd
  if (bytes[valueEnd - 1] === 0x2c) valueEnd -= 1
  try {
    const id: unknown = JSON.parse(bytes.toString('utf8', valueStart, valueEnd))
    return typeof id === 'string' ? id : null
  } catch {
    return null
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d

/**
 * The items of a collection file a sealed folder holds, as Dossier writes it (encodeDocument):
 * `{"schemaVersion":N,"items":[` then the items, then `]`, the `"checked"` mark, if any, and `}`.
 * Since this build each item stands on a line of its own (lineItemSlices); a file written before
 * has them all on one line, found by following the JSON's structure, strings skipped whole. Each
 * item must have an id of its own. Also gives what follows the items: the mark, parsed, or
 * undefined when the file has none. Null for anything else.
 */
export function compactItemSlices(
  bytes: Buffer,
  schemaVersion: number
): { slices: Map<string, ItemSlice>; mark: unknown } | null {
  const header = `{"schemaVersion":${schemaVersion},"items":[`
  if (!startsWithAt(bytes, header, 0)) return null
  const slices = new Map<string, ItemSlice>()
  let at = header.length
  if (bytes[at] === NEWLINE) {
    const end = lineItemSlices(bytes, at + 1, slices)
    if (end === null) return null
    at = end
  } else if (bytes[at] !== CLOSE_BRACKET) {
    for (;;) {
      const item = bytes[at] === OPEN_BRACE ? compactItem(bytes, at) : null
      if (item === null || slices.has(item.id)) return null
      slices.set(item.id, { start: at, end: item.end, lastKey: item.lastKey })
      at = item.end + 1
      if (bytes[item.end] === CLOSE_BRACKET) break
      if (bytes[item.end] !== COMMA) return null
    }
  } else at += 1
  const rest = bytes.toString('latin1', at)
  if (rest === '}') return { slices, mark: undefined }
  if (!rest.startsWith(',"checked":')) return null
  // The mark alone, exactly as JSON.stringify writes it: no other key, no space.
  const tailText = `{${rest.slice(1)}`
  try {
    const tail = JSON.parse(tailText) as { checked?: unknown }
    return JSON.stringify({ checked: tail.checked }) === tailText ? { slices, mark: tail.checked } : null
  } catch {
    return null
  }
}

const NEWLINE = 0x0a

/**
 * True for a sealed collection file's text written before items stood on lines of their own
 * (compactItemSlices): finding its items means following its JSON through, so it is worth
 * writing again once in the present layout.
 */
export function itemsOnOneLine(text: Buffer): boolean {
  return /^\{"schemaVersion":\d+,"items":\[\{/.test(text.toString('latin1', 0, 48))
}
const ID_KEY = '{"id":'
const HISTORY_KEY = ',"history":'

/**
 * Fills `slices` with the items from `start`, one per line, each line but the last ending with a
 * comma after the item, the last followed by `]` on a line of its own (JSON.stringify escapes
 * every newline inside a string, so a newline is always between items). Returns where the list
 * ends (just past its `]`), or null when the lines are not so laid out.
 *
 * Every item the store writes holds its keys in its schema's order, id first and history last
 * (lazy-history.test.ts holds the schemas to it): its id is read from its start, and its history
 * key, the only key of that name in the item, is where its last key opens.
 */
function lineItemSlices(bytes: Buffer, start: number, slices: Map<string, ItemSlice>): number | null {
  for (let at = start; ;) {
    const lineEnd = bytes.indexOf(NEWLINE, at)
    if (lineEnd === -1) return null
    const last = bytes[lineEnd - 1] !== COMMA
    const end = last ? lineEnd : lineEnd - 1
    const slice = bytes[end - 1] === CLOSE_BRACE ? lineItem(bytes, at, end) : null
    if (slice === null || slices.has(slice.id)) return null
    slices.set(slice.id, slice.at)
    at = lineEnd + 1
    if (last) return bytes[at] === CLOSE_BRACKET ? at + 1 : null
  }
}

/** The item on the line from `start` to `end` (just past its `}`); null when that is not one item with an id. */
function lineItem(bytes: Buffer, start: number, end: number): { id: string; at: ItemSlice } | null {
  if (startsWithAt(bytes, ID_KEY, start) && bytes[start + ID_KEY.length] === QUOTE) {
    const idClose = closingQuote(bytes, start + ID_KEY.length)
    const id = idClose === -1 || idClose >= end ? null : stringAt(bytes, start + ID_KEY.length, idClose)
    if (id === null) return null
    const history = bytes.indexOf(HISTORY_KEY, start, 'latin1')
    return { id, at: history !== -1 && history < end ? { start, end, lastKey: history + 1 } : { start, end } }
  }
  // Keys in another order (not the store's own writing): the line is followed through.
  const item = bytes[start] === OPEN_BRACE ? compactItem(bytes, start) : null
  return item === null || item.end !== end ? null : { id: item.id, at: { start, end, lastKey: item.lastKey } }
}

/**
 * The item whose `{` is at `start`: where it ends (just past its `}`), its own id (the value of
 * its key "id", not of a key nested in it) and where its last key of its own opens. Null when it
 * does not end or has no id.
 */
function compactItem(bytes: Buffer, start: number): { end: number; id: string; lastKey: number } | null {
  let depth = 0
  let id: string | null = null
  let lastKey = start
  for (let at = start; at < bytes.length; at += 1) {
    const byte = bytes[at] ?? 0
    if (byte === QUOTE) {
      const close = closingQuote(bytes, at)
      if (close === -1) return null
      // A key of the item itself comes right after its `{` or a `,`, at the item's own depth.
      const ownKey = depth === 1 && (bytes[at - 1] === OPEN_BRACE || bytes[at - 1] === COMMA)
      if (ownKey) lastKey = at
      if (ownKey && id === null && bytes.toString('latin1', at, close + 2) === '"id":') {
        if (bytes[close + 2] !== QUOTE) return null
        const valueClose = closingQuote(bytes, close + 2)
        if (valueClose === -1) return null
        id = stringAt(bytes, close + 2, valueClose)
        if (id === null) return null
        at = valueClose
      } else at = close
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1
      if (depth === 0) return id === null ? null : { end: at + 1, id, lastKey }
    }
  }
  return null
}

/** The closing quote of the string opening at `quote`: the next quote not escaped by a backslash. */
function closingQuote(bytes: Buffer, quote: number): number {
  for (let at = bytes.indexOf(QUOTE, quote + 1); at !== -1; at = bytes.indexOf(QUOTE, at + 1)) {
    let backslashes = 0
    while (bytes[at - 1 - backslashes] === BACKSLASH) backslashes += 1
    if (backslashes % 2 === 0) return at
  }
  return -1
}

/** The string whose quotes are at `open` and `close`; null when it is not a JSON string. */
function stringAt(bytes: Buffer, open: number, close: number): string | null {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8', open, close + 1))
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}

function startsWithAt(bytes: Buffer, text: string, at: number): boolean {
  return bytes.length >= at + text.length && bytes.toString('latin1', at, at + text.length) === text
}
