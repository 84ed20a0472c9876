import { crc32 } from 'node:zlib'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipParts } from '../../../../src/main/core/export/zip-parts'

// The zip around a document's parts is written by Dossier itself: it must read back in another
// zip reader (fflate here; Word, LibreOffice and mammoth in other tests), and its directory must
// say exactly where each part is and what it holds.

const view = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset, zip.byteLength)

/** The local header's fields of the zip's first entry (APPNOTE 4.3.7). */
function firstEntryHeader(zip: Uint8Array): { method: number; flags: number; dosTime: number; dosDate: number } {
  const fields = view(zip)
  expect(fields.getUint32(0, true)).toBe(0x04034b50)
  return {
    flags: fields.getUint16(6, true),
    method: fields.getUint16(8, true),
    dosTime: fields.getUint16(10, true),
    dosDate: fields.getUint16(12, true)
  }
}

/** The central directory's entries, read from the end record (APPNOTE 4.3.12, 4.3.16). */
function centralDirectory(zip: Uint8Array): { name: string; crc: number; size: number; offset: number }[] {
  const fields = view(zip)
  const end = zip.length - 22
  expect(fields.getUint32(end, true)).toBe(0x06054b50)
  const count = fields.getUint16(end + 10, true)
  let at = fields.getUint32(end + 16, true)
  const entries = []
  for (let index = 0; index < count; index += 1) {
    expect(fields.getUint32(at, true)).toBe(0x02014b50)
    const nameLength = fields.getUint16(at + 28, true)
    entries.push({
      name: Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      crc: fields.getUint32(at + 16, true),
      size: fields.getUint32(at + 24, true),
      offset: fields.getUint32(at + 42, true)
    })
    at += 46 + nameLength
  }
  expect(at).toBe(end)
  return entries
}

describe('zipParts', () => {
  it('zips every part, deflated, in the given order, text as UTF-8', () => {
    const big = 'Réfugiés <&> "quoted" 🇨🇦 '.repeat(4_000)
    const parts = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', big],
      ['word/media/empty.bin', new Uint8Array(0)],
      ['word/media/bytes.bin', Uint8Array.from([0, 255, 1, 254])]
    ])
    const zip = zipParts(parts, new Date(2024, 2, 15, 9, 30, 48))
    const entries = unzipSync(zip)
    expect(Object.keys(entries)).toEqual([...parts.keys()])
    expect(strFromU8(entries['word/document.xml'] ?? new Uint8Array())).toBe(big)
    expect([...(entries['word/media/bytes.bin'] ?? [])]).toEqual([0, 255, 1, 254])
    expect(entries['word/media/empty.bin']?.length).toBe(0)
    // Deflated (method 8), and compressed: 100 kB of repeated text takes a few hundred bytes.
    expect(firstEntryHeader(zip).method).toBe(8)
    expect(zip.length).toBeLessThan(2_000)
    // Dated as asked (DOS date: years since 1980, month, day; time in two-second steps), not the time of the call.
    expect(firstEntryHeader(zip).dosDate).toBe(((2024 - 1980) << 9) | (3 << 5) | 15)
    expect(firstEntryHeader(zip).dosTime).toBe((9 << 11) | (30 << 5) | 24)
  })

  it('lists each part in its directory with its CRC, size and the place of its header', () => {
    const parts = new Map<string, string>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '<w:document>Asile</w:document>'],
      ['word/media/réfugiés.txt', 'Réfugiés']
    ])
    const zip = zipParts(parts, new Date(2026, 11, 6))
    const entries = centralDirectory(zip)
    expect(entries.map((entry) => entry.name)).toEqual([...parts.keys()])
    for (const entry of entries) {
      const raw = Buffer.from(parts.get(entry.name) ?? '', 'utf8')
      expect(entry.crc, entry.name).toBe(crc32(raw))
      expect(entry.size, entry.name).toBe(raw.length)
      expect(view(zip).getUint32(entry.offset, true), entry.name).toBe(0x04034b50)
    }
    // A name beyond ASCII is flagged as UTF-8 (bit 11), so that readers do not take it for code page 437.
    const accented = entries[2]!.offset
    expect(view(zip).getUint16(accented + 6, true) & 0x0800).toBe(0x0800)
    expect(firstEntryHeader(zip).flags).toBe(0)
    expect(Object.keys(unzipSync(zip))).toContain('word/media/réfugiés.txt')
  })

  it('dates a part the years a zip cannot hold at the nearest it can', () => {
    const zip = zipParts(new Map([['a.xml', '<a/>']]), new Date(1975, 5, 1))
    expect(firstEntryHeader(zip).dosDate).toBe((0 << 9) | (6 << 5) | 1)
  })
})
