import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { documentBytes, zipParts } from '../../../../src/main/core/export/document-bytes'

// Exports zip docx's parts with Node's zlib rather than docx's own JavaScript DEFLATE: the zip
// must hold what docx's Packer would have written, and docx must still have the compiler this
// relies on (a docx upgrade that moves it would otherwise slow exports down without a word).

/** The local header's fields of the zip's first entry (APPNOTE 4.3.7). */
function firstEntryHeader(zip: Uint8Array): { method: number; dosDate: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  expect(view.getUint32(0, true)).toBe(0x04034b50)
  return { method: view.getUint16(8, true), dosDate: view.getUint16(12, true) }
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
    const zip = zipParts(parts, new Date(2024, 2, 15, 9, 30))
    const entries = unzipSync(zip)
    expect(Object.keys(entries)).toEqual([...parts.keys()])
    expect(strFromU8(entries['word/document.xml'] ?? new Uint8Array())).toBe(big)
    expect([...(entries['word/media/bytes.bin'] ?? [])]).toEqual([0, 255, 1, 254])
    expect(entries['word/media/empty.bin']?.length).toBe(0)
    // Deflated (method 8), and compressed: 100 kB of repeated text takes a few hundred bytes.
    expect(firstEntryHeader(zip).method).toBe(8)
    expect(zip.length).toBeLessThan(2_000)
    // Dated as asked (DOS date: years since 1980, month, day), not the time of the call.
    expect(firstEntryHeader(zip).dosDate).toBe(((2024 - 1980) << 9) | (3 << 5) | 15)
  })
})

/** A document with what briefs have: header, footer, a table, bold text, a list. */
function sampleDocument(): Document {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] })
  return new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('PROTÉGÉ B')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Page')] }) },
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Réfugiés <&>', bold: true })] }),
          new Paragraph({ text: 'Point', bullet: { level: 0 } }),
          new Table({ rows: [new TableRow({ children: [cell('English'), cell('Français')] })] })
        ]
      }
    ]
  })
}

describe('documentBytes', () => {
  it('relies on docx still having its package compiler', () => {
    const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler
    expect(typeof compiler?.compile).toBe('function')
  })

  it("holds, part by part and in the same order, what docx's Packer zips", async () => {
    // The core properties hold the time of the call: both are given the same in their place.
    const overrides = [{ path: 'docProps/core.xml', data: '<cp:coreProperties/>' }]
    const ours = unzipSync(await documentBytes(sampleDocument(), overrides, new Date(2026, 0, 2)))
    const theirs = unzipSync(await Packer.pack(sampleDocument(), 'uint8array', false, overrides))
    expect(Object.keys(ours)).toEqual(Object.keys(theirs))
    expect(Object.keys(ours)).toContain('word/document.xml')
    for (const [path, bytes] of Object.entries(theirs)) expect(strFromU8(ours[path] ?? new Uint8Array()), path).toBe(strFromU8(bytes))
  })
})
