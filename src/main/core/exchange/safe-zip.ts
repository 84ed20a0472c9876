import { crc32 } from 'node:zlib'
import { Inflate } from 'fflate'
import { formatBytes, formatCount } from './limits'
import type { ZipLimits } from './limits'
import type { Checked, ImportProblem } from './problems'

// A zip reader for files from outside: every offset and size is checked against the file, every
// name against the paths a reader could be tricked into, and every entry is unpacked with a cap,
// so a file that lies about its sizes (a decompression bomb) is stopped, never unpacked in full.

/** One entry of a zip's table of contents, as declared there. */
export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc32: number
  compressedSize: number
  /** The size the entry declares it unpacks to; unpacking stops past it. */
  size: number
  /** Where the entry's compressed bytes start in the file. */
  dataStart: number
}

/** Counts what unpacking really produced, so tests can prove a bomb was stopped early. */
export interface InflateStats {
  inflatedBytes: number
}

/** How a file is named in messages: "Dossier bundle", "Word document". */
export interface ZipKind {
  what: string
  /** Extra words for a file that is not a zip at all. */
  notZipHint?: (bytes: Uint8Array) => string
}

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL = 0x06054b50
const FLAG_ENCRYPTED = 0x1
const FLAG_UTF8 = 0x800
const STORED = 0
const DEFLATED = 8
// Each push unpacks at most about 1,000 times its size (deflate's ceiling), so the output held
// before the cap is checked stays near 8 MB.
const INFLATE_STEP = 8 * 1024

/** Reads a zip's table of contents and checks it all before a single byte is unpacked. */
export function readZipIndex(bytes: Uint8Array, kind: ZipKind, limits: ZipLimits): Checked<ZipEntry[]> {
  const file = (message: string): Checked<ZipEntry[]> => ({ ok: false, problems: [{ where: 'the file', message }] })
  if (bytes.length === 0) return file(`The file is empty (0 bytes), so it holds no ${kind.what}.`)
  if (bytes.length > limits.maxFileBytes) {
    return file(
      `The file is ${formatBytes(bytes.length)}; Dossier reads a ${kind.what} of up to ${formatBytes(limits.maxFileBytes)}.`
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const signature = bytes.length >= 4 ? view.getUint32(0, true) : 0
  if (signature !== LOCAL_HEADER && signature !== END_OF_CENTRAL) {
    return file(`This file is not a ${kind.what}: it is not a zip package.${kind.notZipHint?.(bytes) ?? ''}`)
  }
  const end = findEndOfCentral(view)
  if (end === null) {
    return file(
      `The file is cut short or damaged: the end of its zip table of contents is missing. Ask for the ${kind.what} again.`
    )
  }
  const diskNumber = view.getUint16(end + 4, true)
  const centralDisk = view.getUint16(end + 6, true)
  const onDisk = view.getUint16(end + 8, true)
  const total = view.getUint16(end + 10, true)
  const centralSize = view.getUint32(end + 12, true)
  const centralOffset = view.getUint32(end + 16, true)
  if (diskNumber !== 0 || centralDisk !== 0 || onDisk !== total) {
    return file(`The zip is split across several files, which a ${kind.what} never is.`)
  }
  if (total === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    return file(`The zip uses the ZIP64 extension for very large files, which a ${kind.what} never needs.`)
  }
  if (centralOffset + centralSize > end) {
    return file('The file is cut short or damaged: its zip table of contents points past the end of the file.')
  }
  if (total > limits.maxZipEntries) {
    return file(
      `The zip holds ${formatCount(total)} entries; a ${kind.what} holds far fewer (at most ${formatCount(limits.maxZipEntries)}).`
    )
  }

  const entries: ZipEntry[] = []
  const problems: ImportProblem[] = []
  let offset = centralOffset
  for (let index = 0; index < total; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      return file(`The file is damaged: entry ${index + 1} of its zip table of contents cannot be read.`)
    }
    const flags = view.getUint16(offset + 8, true)
    const method = view.getUint16(offset + 10, true)
    const crc = view.getUint32(offset + 16, true)
    const compressedSize = view.getUint32(offset + 20, true)
    const size = view.getUint32(offset + 24, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const localOffset = view.getUint32(offset + 42, true)
    const nameEnd = offset + 46 + nameLength
    if (nameEnd > end) return file('The file is damaged: a name in its zip table of contents runs past its end.')
    const rawName = bytes.subarray(offset + 46, nameEnd)
    const name = decodeName(rawName, (flags & FLAG_UTF8) !== 0)
    offset = nameEnd + extraLength + commentLength
    const where = `zip entry ${JSON.stringify(name ?? '(unreadable name)')}`
    if (name === null) {
      problems.push({ where, message: 'The entry name is not valid UTF-8 text.' })
      continue
    }
    const pathProblem = unsafePath(name)
    if (pathProblem) {
      problems.push({ where, message: pathProblem })
      continue
    }
    if (compressedSize === 0xffffffff || size === 0xffffffff) {
      problems.push({ where, message: `The entry uses ZIP64 sizes, which a ${kind.what} never needs.` })
      continue
    }
    if ((flags & FLAG_ENCRYPTED) !== 0) {
      problems.push({ where, message: 'The entry is password-protected (encrypted), so Dossier cannot read it.' })
      continue
    }
    if (method !== STORED && method !== DEFLATED) {
      problems.push({
        where,
        message: `The entry is compressed with a method Dossier does not read (method ${method}).`
      })
      continue
    }
    const dataStart = localDataStart(view, localOffset, rawName, bytes)
    if (typeof dataStart === 'string') {
      problems.push({ where, message: dataStart })
      continue
    }
    if (dataStart + compressedSize > centralOffset) {
      problems.push({ where, message: 'The file is cut short or damaged: this entry runs past the end of its data.' })
      continue
    }
    entries.push({ name, method, flags, crc32: crc, compressedSize, size, dataStart })
  }
  if (problems.length > 0) return { ok: false, problems }

  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.name)) {
      problems.push({
        where: `zip entry ${JSON.stringify(entry.name)}`,
        message: 'The zip holds two entries with this name.'
      })
    }
    seen.add(entry.name)
  }
  // Entries that share bytes are how the smallest zip bombs multiply their output.
  const sorted = [...entries].sort((a, b) => a.dataStart - b.dataStart)
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1]!
    if (sorted[index]!.dataStart < previous.dataStart + previous.compressedSize) {
      problems.push({
        where: `zip entry ${JSON.stringify(sorted[index]!.name)}`,
        message: 'This entry overlaps another one, a trick used by decompression bombs.'
      })
    }
  }
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0)
  if (declared > limits.maxUncompressedBytes) {
    problems.push({
      where: 'the file',
      message: `The file would unpack to ${formatBytes(declared)}, more than the ${formatBytes(limits.maxUncompressedBytes)} Dossier accepts; it may be a decompression bomb, so it was not unpacked.`
    })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: entries }
}

/** How much one entry may unpack to, and how tightly it may be compressed. */
export interface EntryCaps {
  maxBytes: number
  maxCompressionRatio: number
}

// Small entries (a manifest of a few hundred bytes of repeated text) may compress any amount.
const RATIO_FLOOR = 1_000_000

/** Why an entry's declared size is refused before it is unpacked, or null when it may be unpacked. */
export function declaredSizeProblem(entry: ZipEntry, caps: EntryCaps): string | null {
  if (entry.size > caps.maxBytes) {
    return `The entry declares it unpacks to ${formatBytes(entry.size)}, more than the ${formatBytes(caps.maxBytes)} Dossier reads for it, so it was not unpacked.`
  }
  const ratio = entry.size / Math.max(entry.compressedSize, 1)
  if (entry.size > RATIO_FLOOR && ratio > caps.maxCompressionRatio) {
    return `The entry would unpack from ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.size)}, ${formatCount(Math.round(ratio))} times its size; real content never compresses beyond ${caps.maxCompressionRatio} to 1, so this is likely a decompression bomb and was not unpacked.`
  }
  return null
}

/**
 * Unpacks one entry, stopping as soon as it produces more than it declared (or than the caps
 * allow), and checks its CRC. Its declared size and ratio are checked first, unpacking nothing.
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  caps: EntryCaps,
  stats: InflateStats = { inflatedBytes: 0 }
): { ok: true; data: Uint8Array } | { ok: false; message: string } {
  const refused = declaredSizeProblem(entry, caps)
  if (refused) return { ok: false, message: refused }
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)
  const limit = entry.size
  let output: Uint8Array
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) {
      return { ok: false, message: 'The entry is damaged: its stored size does not match its declared size.' }
    }
    stats.inflatedBytes += data.length
    // A view, not a copy: nothing writes to it, and a stored 30 MB entry need not take 60.
    output = data
  } else {
    const chunks: Uint8Array[] = []
    let total = 0
    let over = false
    const inflater = new Inflate((chunk) => {
      total += chunk.length
      stats.inflatedBytes += chunk.length
      if (total > limit) over = true
      else chunks.push(chunk)
    })
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true)
      for (let offset = 0; offset < data.length && !over; offset += INFLATE_STEP) {
        inflater.push(data.subarray(offset, offset + INFLATE_STEP), offset + INFLATE_STEP >= data.length)
      }
    } catch {
      return { ok: false, message: 'The entry is damaged: its compressed data cannot be unpacked.' }
    }
    if (over) {
      return {
        ok: false,
        message: `The entry unpacks to more than the ${formatBytes(entry.size)} it declares, so unpacking was stopped: the file may be a decompression bomb.`
      }
    }
    output = concat(chunks, total)
  }
  if (output.length !== entry.size) {
    return { ok: false, message: 'The entry is damaged: it unpacks to a different size than it declares.' }
  }
  if (crc32(output) >>> 0 !== entry.crc32 >>> 0) {
    return { ok: false, message: 'The entry is damaged: its content does not match its zip checksum (CRC).' }
  }
  return { ok: true, data: output }
}

/** Why a path inside a zip is unsafe to trust, or null when it is a plain relative path. */
export function unsafePath(name: string): string | null {
  if (name === '') return 'The entry has an empty name.'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'The entry name holds control characters.'
  if (name.includes('\\')) return 'The entry name uses backslashes (\\), which can point outside the folder on Windows.'
  if (name.startsWith('/')) return 'The entry has an absolute path (it starts with /).'
  if (/^[a-zA-Z]:/.test(name)) return 'The entry has an absolute path with a drive letter.'
  if (name.split('/').some((segment) => segment === '..')) {
    return 'The entry path climbs out of its folder (it contains ".."), a trick to overwrite other files.'
  }
  return null
}

// The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
function findEndOfCentral(view: DataView): number | null {
  const last = view.byteLength - 22
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) !== END_OF_CENTRAL) continue
    if (at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at
  }
  return null
}

function localDataStart(view: DataView, offset: number, rawName: Uint8Array, bytes: Uint8Array): number | string {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_HEADER) {
    return "The file is damaged: this entry's data header is missing."
  }
  const nameLength = view.getUint16(offset + 26, true)
  const extraLength = view.getUint16(offset + 28, true)
  const localName = bytes.subarray(offset + 30, offset + 30 + nameLength)
  // A name that differs here from the table of contents would make two readers see two files.
  if (localName.length !== rawName.length || localName.some((byte, index) => byte !== rawName[index])) {
    return 'The entry has a different name in its data header than in the table of contents.'
  }
  return offset + 30 + nameLength + extraLength
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

// Without the UTF-8 flag names are in the old DOS code page; plain ASCII reads the same in both.
function decodeName(raw: Uint8Array, isUtf8: boolean): string | null {
  try {
    return utf8.decode(raw)
  } catch {
    return isUtf8 ? null : Array.from(raw, (byte) => String.fromCharCode(byte)).join('')
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
