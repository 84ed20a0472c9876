import { formatCount } from './limits'

// mammoth turns a Word document's XML into a tree costing about 1.5 KB per element, all of it
// before any text comes out: a 123 KB .docx of empty paragraphs grew to 4 GB. So each XML part is
// walked first, once, over its bytes, counting elements, paragraphs and depth without building
// anything. Markup is ASCII, and no byte of a multi-byte UTF-8 character is, so no decoding is needed.

/** What the walk counted, added up over the parts walked so far. */
export interface XmlCounts {
  elements: number
  paragraphs: number
}

export interface XmlShapeLimits {
  maxElements: number
  maxParagraphs: number
  maxDepth: number
}

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const BANG = 0x21
const QUESTION = 0x3f
const COLON = 0x3a
const P = 0x70
const encoder = new TextEncoder()
const COMMENT_END = encoder.encode('-->')
const CDATA_END = encoder.encode(']]>')
const PI_END = encoder.encode('?>')

/**
 * Walks one XML part, adding its elements and paragraphs to `counts`; says in plain words what
 * is past the limits (counted over every part walked), or null.
 */
export function xmlShapeProblem(bytes: Uint8Array, counts: XmlCounts, limits: XmlShapeLimits): string | null {
  let depth = 0
  let index = 0
  while (index < bytes.length) {
    if (bytes[index] !== LT) {
      index += 1
      continue
    }
    const next = bytes[index + 1]
    if (next === BANG) {
      if (startsWith(bytes, index, '<!--')) index = after(bytes, index + 4, COMMENT_END)
      else if (startsWith(bytes, index, '<![CDATA[')) index = after(bytes, index + 9, CDATA_END)
      else {
        // <!DOCTYPE and <!ENTITY: Word never writes them, and entities that expand into other
        // entities make a few bytes unpack into gigabytes (the "billion laughs").
        return 'It declares a document type or its own entities, which Word never writes and which can make a small file expand enormously, so it was not read.'
      }
      continue
    }
    if (next === QUESTION) {
      index = after(bytes, index + 2, PI_END)
      continue
    }
    const closing = next === SLASH
    const end = tagEnd(bytes, index + 1)
    if (closing) depth = Math.max(0, depth - 1)
    else {
      counts.elements += 1
      if (isParagraph(bytes, index + 1)) counts.paragraphs += 1
      if (bytes[end - 1] !== SLASH) depth += 1
    }
    if (depth > limits.maxDepth) {
      return `Its elements nest more than ${limits.maxDepth} levels deep; a Word document never does, so it was not read.`
    }
    if (counts.paragraphs > limits.maxParagraphs) {
      return `It holds more than ${formatCount(limits.maxParagraphs)} paragraphs, more than Dossier reads from one document, so it was not read. Split it into smaller documents in Word.`
    }
    if (counts.elements > limits.maxElements) {
      return `It holds more than ${formatCount(limits.maxElements)} elements (paragraphs, runs of text, table cells…), more than Dossier reads from one document, so it was not read. Split it into smaller documents in Word.`
    }
    index = end + 1
  }
  return null
}

// A paragraph is an element named p, with or without a prefix (w:p, or any prefix bound to Word's namespace).
function isParagraph(bytes: Uint8Array, nameStart: number): boolean {
  let local = nameStart
  for (let at = nameStart; at < bytes.length && at < nameStart + 64; at += 1) {
    const byte = bytes[at]!
    if (byte === COLON) local = at + 1
    else if (isNameEnd(byte)) return at === local + 1 && bytes[local] === P
  }
  return false
}

const isNameEnd = (byte: number): boolean =>
  byte === GT || byte === SLASH || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d

// The '>' that ends a tag; '>' may appear unescaped inside a quoted attribute value.
function tagEnd(bytes: Uint8Array, from: number): number {
  let quote = 0
  for (let at = from; at < bytes.length; at += 1) {
    const byte = bytes[at]!
    if (quote !== 0) {
      if (byte === quote) quote = 0
    } else if (byte === 0x22 || byte === 0x27) quote = byte
    else if (byte === GT) return at
  }
  return bytes.length
}

function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  for (let offset = 0; offset < text.length; offset += 1) {
    if (bytes[at + offset] !== text.charCodeAt(offset)) return false
  }
  return true
}

function after(bytes: Uint8Array, from: number, marker: Uint8Array): number {
  search: for (let at = from; at <= bytes.length - marker.length; at += 1) {
    for (let offset = 0; offset < marker.length; offset += 1) {
      if (bytes[at + offset] !== marker[offset]) continue search
    }
    return at + marker.length
  }
  return bytes.length
}
