import { MAX_ITEMS_PER_KIND } from '@shared/item-limits'

// How much a file given to Dossier may hold. Every cap is checked before the part it guards is
// unpacked or parsed, so a hostile file is refused in plain words at the cost of reading its
// table of contents, never after filling the memory. They are sized so that whatever passes them
// is read within the worker's memory and time (see worker-limits.ts): a whole department's
// library fits in a bundle, a 200-page brief in a Word document.

/** What any zip from outside may hold. */
export interface ZipLimits {
  /** The size of the file itself. */
  maxFileBytes: number
  /** How many entries the zip may hold. */
  maxZipEntries: number
  /** What all its entries declare they unpack to, together. */
  maxUncompressedBytes: number
  /** How much smaller than its content an unpacked entry may be compressed (zeros reach 1,000 to 1). */
  maxCompressionRatio: number
}

/** What a .dossier bundle may hold. */
export interface BundleLimits extends ZipLimits {
  maxManifestBytes: number
  maxContentBytes: number
  /** How deeply JSON may nest; a library item needs fewer than ten levels. */
  maxJsonDepth: number
  /** How many values (objects, lists, texts, numbers) all of content.json may hold. */
  maxJsonValues: number
  /** The longest text, in bytes as written: 50,000 characters each written as a 6-byte \u escape. */
  maxJsonStringBytes: number
  /** The longest list anywhere, and the most items of one kind. */
  maxItemsPerKind: number
  /** Earlier versions one item may carry. */
  maxHistoryVersions: number
}

/** What a Word document may hold; only its XML parts are unpacked, never its pictures. */
export interface WordLimits extends ZipLimits {
  maxDocumentXmlBytes: number
  /** All XML parts together: the body, styles, numbering, notes, relationships. */
  maxXmlBytes: number
  /** XML elements in all parts together: paragraphs, runs of text, table cells... */
  maxXmlElements: number
  maxXmlDepth: number
  maxParagraphs: number
}

// Decimal units, as the messages say them: 1 MB is 1,000,000 bytes and 1 KB is 1,000 bytes.
const MB = 1_000_000
const KB = 1_000

// Measured: a bundle of 13,000 items under every cap but the last item's (31 MB of JSON) cost the
// command 286 MB and 4 s on a busy 2-core machine; 24 MB (10,000 items of typical length) leaves
// room under 300 MB and 5 s.
export const BUNDLE_LIMITS: BundleLimits = {
  maxFileBytes: 25 * MB,
  // Two are expected; a few more are read only to name them in the refusal.
  maxZipEntries: 16,
  maxUncompressedBytes: 24 * MB + 64 * KB,
  maxCompressionRatio: 200,
  maxManifestBytes: 64 * KB,
  maxContentBytes: 24 * MB,
  maxJsonDepth: 64,
  maxJsonValues: 1_000_000,
  maxJsonStringBytes: 300 * KB,
  maxItemsPerKind: MAX_ITEMS_PER_KIND,
  maxHistoryVersions: 1_000
}

export const WORD_LIMITS: WordLimits = {
  // Pictures make Word files large; they are listed, never unpacked.
  maxFileBytes: 50 * MB,
  maxZipEntries: 2_000,
  maxUncompressedBytes: 200 * MB,
  maxCompressionRatio: 200,
  maxDocumentXmlBytes: 10 * MB,
  maxXmlBytes: 20 * MB,
  // Measured with mammoth: 50,000 elements (5,000 paragraphs, about 200 pages) take some 3 s and
  // 100 MB; styles and numbering add a few thousand.
  maxXmlElements: 60_000,
  maxXmlDepth: 256,
  maxParagraphs: 10_000
}

/** Bytes as a person reads them, in decimal units: 3.2 MB, 740 KB, 2500 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`
  // Under 10 KB the exact count is short enough, and says more than "2 KB".
  if (bytes >= 10 * KB) return `${Math.round(bytes / KB)} KB`
  return `${bytes} bytes`
}

/** A count as a person reads it: 1,000,000. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-CA')
}

/** Why a file is refused for its size alone, before a byte of it is read. */
export function fileTooLargeMessage(bytes: number, maxBytes: number): string {
  return `The file is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} Dossier accepts.`
}
