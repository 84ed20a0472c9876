import { formatBytes, formatCount } from './limits'

// JSON.parse builds the whole value before anything can look at it: a few kilobytes of `{},`
// unpack to millions of objects, and its recursion is exhausted by deep nesting. So the bytes are
// walked first, once, without building anything, and refused when their shape is past what any
// Dossier bundle holds. Bytes, not text: JSON's structure is ASCII, and no byte of a multi-byte
// UTF-8 character is, so the walk needs no decoding (decoding a hostile file could double it).

/** How large a JSON value may be, in shape. */
export interface JsonShapeLimits {
  maxDepth: number
  /** Objects, lists and the entries after the first in each (a close count of all values). */
  maxValues: number
  maxStringBytes: number
  maxListLength: number
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const OPEN_LIST = 0x5b
const CLOSE_OBJECT = 0x7d
const CLOSE_LIST = 0x5d
const COMMA = 0x2c

/** What makes the JSON too large, in plain words, or null when its shape is within the limits. */
export function jsonShapeProblem(bytes: Uint8Array, limits: JsonShapeLimits): string | null {
  // Entries counted so far in the list open at each depth; -1 for an object.
  const entries = new Int32Array(limits.maxDepth + 1)
  let depth = 0
  let values = 0
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!
    if (byte === QUOTE) {
      const start = index
      index += 1
      while (index < bytes.length && bytes[index] !== QUOTE) index += bytes[index] === BACKSLASH ? 2 : 1
      const length = index - start - 1
      if (length > limits.maxStringBytes) {
        return `It holds a text of ${formatBytes(length)} (at byte ${start + 1}); a library text is at most 50,000 characters, so it was not read.`
      }
    } else if (byte === OPEN_OBJECT || byte === OPEN_LIST) {
      depth += 1
      if (depth > limits.maxDepth) {
        return `Its JSON nests more than ${limits.maxDepth} levels deep (at byte ${index + 1}); a Dossier bundle never does, so it was not read.`
      }
      entries[depth] = byte === OPEN_LIST ? 1 : -1
      values += 1
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_LIST) {
      depth = Math.max(0, depth - 1)
    } else if (byte === COMMA) {
      values += 1
      if (depth > 0 && entries[depth]! > 0) {
        entries[depth] = entries[depth]! + 1
        if (entries[depth]! > limits.maxListLength) {
          return `It holds a list of more than ${formatCount(limits.maxListLength)} entries (at byte ${index + 1}); a bundle holds at most ${formatCount(limits.maxListLength)} items of one kind, so it was not read. Ask for the library in several bundles (by kind, partner or topic).`
        }
      }
    }
    if (values > limits.maxValues) {
      return `It holds more than ${formatCount(limits.maxValues)} values, more than Dossier checks in one bundle, so it was not read. Ask for the library in several bundles (by kind, partner or topic).`
    }
  }
  return null
}
