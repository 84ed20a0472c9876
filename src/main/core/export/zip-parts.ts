import { crc32, deflateRawSync } from 'node:zlib'

// A document's parts are deflated by Node's zlib (document-bytes.ts says why), and a package's
// briefs, already compressed, are stored as they are: all the zip needs around them is its
// headers, a local one before each part and a central directory after them all (APPNOTE.TXT 4.3).
// Written here, in a few lines, rather than with fflate: loading fflate builds its DEFLATE tables
// at start-up, about 10 ms of every `dossier export` (measured), for code this never runs. Sizes
// and CRCs are known before each part is written, so no data descriptors, and no ZIP64: a brief's
// parts, and a package of briefs, stay far below 4 GB.

/** A package's parts by path, in the order they go into the zip. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>

const LOCAL_HEADER = 0x04034b50
const CENTRAL_HEADER = 0x02014b50
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const VERSION = 20 // 2.0: deflate
const STORED = 0
const DEFLATE = 8
const UTF8_NAME = 0x0800 // general purpose flag bit 11
const ZIP32_LIMIT = 0xffffffff

/** A date as MS-DOS writes it (two-second steps, local time), kept within the years it can hold. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107)
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()
  }
}

interface Entry {
  name: Buffer
  method: number
  crc: number
  size: number
  compressed: Uint8Array
  offset: number
}

/** The fields local and central headers share, from "version needed" to the extra field's length. */
function commonFields(view: DataView, at: number, entry: Entry, stamp: { time: number; date: number }): void {
  const ascii = entry.name.every((byte) => byte < 0x80)
  view.setUint16(at, VERSION, true)
  view.setUint16(at + 2, ascii ? 0 : UTF8_NAME, true)
  view.setUint16(at + 4, entry.method, true)
  view.setUint16(at + 6, stamp.time, true)
  view.setUint16(at + 8, stamp.date, true)
  view.setUint32(at + 10, entry.crc, true)
  view.setUint32(at + 14, entry.compressed.length, true)
  view.setUint32(at + 18, entry.size, true)
  view.setUint16(at + 22, entry.name.length, true)
  view.setUint16(at + 24, 0, true)
}

/**
 * The zip of the parts, every entry dated `modified`: each deflated, or, with `stored`, as it is
 * (for parts that are compressed already).
 */
export function zipParts(parts: PackageParts, modified: Date, { stored = false } = {}): Uint8Array {
  const stamp = dosDateTime(modified)
  const chunks: Uint8Array[] = []
  const entries: Entry[] = []
  let offset = 0
  for (const [path, data] of parts) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
    const entry: Entry = {
      name: Buffer.from(path, 'utf8'),
      method: stored ? STORED : DEFLATE,
      crc: crc32(raw),
      size: raw.length,
      compressed: stored ? raw : deflateRawSync(raw),
      offset
    }
    if (entry.size > ZIP32_LIMIT || offset > ZIP32_LIMIT) throw new Error(`${path} is too large to zip.`)
    const header = Buffer.alloc(30)
    const view = new DataView(header.buffer, header.byteOffset, header.length)
    view.setUint32(0, LOCAL_HEADER, true)
    commonFields(view, 4, entry, stamp)
    chunks.push(header, entry.name, entry.compressed)
    offset += header.length + entry.name.length + entry.compressed.length
    entries.push(entry)
  }
  const directoryStart = offset
  for (const entry of entries) {
    const header = Buffer.alloc(46)
    const view = new DataView(header.buffer, header.byteOffset, header.length)
    view.setUint32(0, CENTRAL_HEADER, true)
    view.setUint16(4, VERSION, true) // made by: MS-DOS attributes, version 2.0
    commonFields(view, 6, entry, stamp)
    // Comment length, disk number, internal and external attributes: all zero.
    view.setUint32(42, entry.offset, true)
    chunks.push(header, entry.name)
    offset += header.length + entry.name.length
  }
  if (entries.length > 0xffff || offset > ZIP32_LIMIT)
    throw new Error('Too many files, or too many bytes, for one zip.')
  const end = Buffer.alloc(22)
  const view = new DataView(end.buffer, end.byteOffset, end.length)
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true)
  view.setUint16(8, entries.length, true)
  view.setUint16(10, entries.length, true)
  view.setUint32(12, offset - directoryStart, true)
  view.setUint32(16, directoryStart, true)
  chunks.push(end)
  return Buffer.concat(chunks)
}
