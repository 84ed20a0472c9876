// A short, stable fingerprint of a text, so that a record can remember what a text said without
// keeping a copy of it. Not a security measure: two different texts could in principle share one,
// which here would at worst hide a "needs updating" mark. 64 bits make that a one-in-billions case.

/** The form every fingerprint takes: 16 lowercase hexadecimal digits. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{16}$/

// Two 32-bit FNV-1a style passes with different offsets and multipliers, joined into 64 bits.
function pass(text: string, offset: number, multiplier: number): string {
  let hash = offset >>> 0
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, multiplier) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * The fingerprint of a text as a reader sees it: runs of spaces and line breaks count as one
 * space and the ends are trimmed, so tidying whitespace does not count as changing the text.
 */
export function textFingerprint(text: string): string {
  const seen = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  return pass(seen, 0x811c9dc5, 0x01000193) + pass(seen, 0x9e3779b9, 0x5bd1e995)
}
