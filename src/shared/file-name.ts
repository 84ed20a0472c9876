// One rule for file names, shared by the export (the names inside a zip) and the save dialog's
// suggestion: Windows, macOS and zip tools all accept them, and accents stay, since French
// titles would read badly without them.

// Windows counts a name in UTF-16 units (255 at most), macOS in UTF-8 bytes (255 at most); stay
// well inside both so a folder path still fits in front of the name.
const MAX_LENGTH = 120
const MAX_BYTES = 240
// Characters Windows refuses in a file name; macOS refuses ":" in Finder and "/" everywhere.
const REMOVED = /["*?<>]/g
const SPACED = /[/\\:|]/g
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROLS = /[\u0000-\u001F\u007F]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
// Made when first needed: a Segmenter is ICU's, and a process's first use of ICU costs 20 ms or
// more, which a command or a start that names no file should not pay.
let graphemes: Intl.Segmenter | undefined
const utf8 = new TextEncoder()

/** The text cut to fit both limits, between user-perceived characters (a flag stays a flag). */
function truncate(text: string, maxLength: number, maxBytes: number): string {
  // Most names fit: they need no cut, and so no Segmenter (which cost `dossier export brief`
  // 14 ms of its 300 under --cpu-prof, where it was ICU's first use).
  if (text.length <= maxLength && utf8.encode(text).length <= maxBytes) return text
  let cut = ''
  let bytes = 0
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8.encode(segment).length
    if (cut.length + segment.length > maxLength || bytes + size > maxBytes) {
      const lastSpace = cut.lastIndexOf(' ')
      // Cut at a word when one ends near the limit, so the name does not end mid-word.
      return lastSpace > cut.length * 0.75 ? cut.slice(0, lastSpace) : cut
    }
    cut += segment
    bytes += size
  }
  return cut
}

/**
 * Any text as a file name with the given extension; `fallback` when nothing is left. `ending`
 * (" - card") is kept whole after the text, which is cut to make room for it.
 */
export function safeFileName(text: string, extension: string, fallback = 'Dossier', ending = ''): string {
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS.
  const tidy = (value: string) => value.replace(/^[\s.]+|[\s.]+$/g, '')
  const cleaned = text
    .normalize('NFC')
    .replace(CONTROLS, ' ')
    .replace(SPACED, ' ')
    .replace(REMOVED, '')
    .replace(/\s+/g, ' ')
  const room = extension.length + 1 + ending.length
  let name = tidy(
    truncate(tidy(cleaned), MAX_LENGTH - room, MAX_BYTES - utf8.encode(ending).length - extension.length - 1)
  )
  if (name === '') name = fallback
  name += ending
  // Windows keeps CON, NUL and the like for devices, with or without an extension after them.
  if (RESERVED.test(name.split('.')[0]?.trim() ?? '')) name = `_${name}`
  return `${name}.${extension}`
}
