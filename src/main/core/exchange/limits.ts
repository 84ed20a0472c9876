/** How much a file given to Dossier may hold; past these, it is refused before it is unpacked. */
export interface ExchangeLimits {
  /** The size of the file itself. */
  maxFileBytes: number
  /** What all its zip entries may unpack to, together (checked from the declared sizes, then while unpacking). */
  maxUncompressedBytes: number
  /** How deeply JSON may nest; a library item needs fewer than ten levels. */
  maxJsonDepth: number
  /** How many entries a zip may hold (a .docx has a few dozen; a bundle exactly two). */
  maxZipEntries: number
}

// Decimal units, as the messages say them: 1 MB is 1,000,000 bytes and 1 KB is 1,000 bytes.
const MB = 1_000_000
const KB = 1_000

export const DEFAULT_LIMITS: ExchangeLimits = {
  maxFileBytes: 50 * MB,
  maxUncompressedBytes: 200 * MB,
  maxJsonDepth: 64,
  maxZipEntries: 10_000
}

/** Bytes as a person reads them, in decimal units: 3.2 MB, 740 KB, 2500 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(bytes >= 10 * MB ? 0 : 1)} MB`
  // Under 10 KB the exact count is short enough, and says more than "2 KB".
  if (bytes >= 10 * KB) return `${Math.round(bytes / KB)} KB`
  return `${bytes} bytes`
}
