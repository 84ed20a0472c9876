import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { documentBytes } from '../../../../src/main/core/export/document-bytes'

// Exports zip docx's parts with Node's zlib rather than docx's own JavaScript DEFLATE: the zip
// must hold what docx's Packer would have written, and docx must still have the compiler this
// relies on (a docx upgrade that moves it would otherwise slow exports down without a word).

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
    for (const [path, bytes] of Object.entries(theirs))
      expect(strFromU8(ours[path] ?? new Uint8Array()), path).toBe(strFromU8(bytes))
  })
})
