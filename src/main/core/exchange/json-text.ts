import { jsonShapeProblem } from './json-shape'
import type { JsonShapeLimits } from './json-shape'

// Turns the bytes of a JSON entry into a value, refusing what Dossier never writes: a byte-order
// mark, bytes that are not UTF-8, and a shape (nesting, lists, texts, values) past the limits.

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The parsed value, or why the bytes are not the JSON Dossier wrote. */
export function parseJsonEntry(
  bytes: Uint8Array,
  limits: JsonShapeLimits
): { ok: true; value: unknown } | { ok: false; message: string } {
  // Bundles are made by Dossier, which never writes a BOM: one means another program re-saved
  // the entry, and a bundle edited by hand is not one to import. Refused in every entry alike.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      ok: false,
      message:
        'It starts with a byte-order mark, so another program re-saved it after Dossier made the bundle. Ask for the bundle again, as Dossier exported it.'
    }
  }
  // The shape is judged on the bytes, before the text is decoded and parsed.
  const tooLarge = jsonShapeProblem(bytes, limits)
  if (tooLarge !== null) return { ok: false, message: tooLarge }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return { ok: false, message: `It holds bytes that are not UTF-8 text (first at byte ${firstInvalidUtf8(bytes)}).` }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, message: `It is not valid JSON (${error instanceof Error ? error.message : String(error)}).` }
  }
}

// Only for the message: where (counting from 1) the first byte that breaks UTF-8 is. Rough on
// the rarer rules (overlong forms, surrogates), which only move the number a little.
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const follow =
      byte < 0x80
        ? 0
        : byte >= 0xc2 && byte <= 0xdf
          ? 1
          : byte >= 0xe0 && byte <= 0xef
            ? 2
            : byte >= 0xf0 && byte <= 0xf4
              ? 3
              : -1
    if (follow < 0) return index + 1
    for (let next = 1; next <= follow; next += 1) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index + 1
    }
    index += follow + 1
  }
  return index + 1
}
