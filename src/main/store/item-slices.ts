// Where each item of a plain collection file lies in its bytes, found without parsing the file:
// the bytes must be exactly what serializeDocument writes for { schemaVersion, items } (JSON
// indented by two spaces, then a newline). In that text no string holds a raw newline (JSON
// escapes them), an item opens on a line of its own with `{` indented by four spaces and closes
// on one with `}` indented by four, its own fields are indented by six and everything nested in
// it by more. So an item's text runs from that `{` to the first line that is four spaces and `}`,
// and its id is on its line indented by six. Anything else gives null: the caller reads the file
// in full, as it always did.

/** An item's bytes: `bytes.subarray(start, end)` is its JSON text. */
export interface ItemSlice {
  start: number
  end: number
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

function startsWithAt(bytes: Buffer, text: string, at: number): boolean {
  return bytes.length >= at + text.length && bytes.toString('latin1', at, at + text.length) === text
}
