import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Brief } from '@shared/entities'
import { exportBrief, exportPackage, packageZip } from '../../../../src/main/core/export'
import { briefFileName } from '../../../../src/main/core/file-names'
import { defaultLibrary, examplePackage, options, part, styledParagraphs, textsInStyle } from './fixtures'
import { expectValidDocx } from './validate-docx'

// A trip binder: one Word document with a cover page, contents and each meeting from a new
// page, or a zip of one .docx per meeting.

const { lookup, mexico, m5 } = defaultLibrary()

describe('a package exported as one document', () => {
  let bytes: Uint8Array = new Uint8Array()
  let xml = ''
  beforeAll(async () => {
    bytes = await exportPackage(examplePackage([mexico, m5]), [mexico, m5], lookup, options({ tableOfContents: false }))
    xml = part(bytes, 'word/document.xml')
  })

  it('is a valid .docx', async () => {
    await expectValidDocx(bytes, 'package (en)')
  }, 20_000)

  it('opens with a cover page: name, dates, marking and the meetings', () => {
    const paragraphs = styledParagraphs(xml)
    expect(paragraphs[1]?.style).toBe('Title')
    expect(paragraphs[1]?.text).toBe('Spring 2027 migration meetings')
    const cover = paragraphs.slice(
      0,
      paragraphs.findIndex((paragraph) => paragraph.style === 'TOCHeading')
    )
    const texts = cover.map((paragraph) => paragraph.text)
    expect(texts).toContain('February 17, 2027 to March 16, 2027')
    expect(texts).toContain('PROTECTED A')
    expect(texts).toContain('Bilateral meeting with Mexico on asylum capacity building')
    expect(texts).toContain('Migration Five (M5) senior officials’ meeting')
    // Nothing on the cover is a heading, so the contents start with the first meeting.
    expect(cover.some((paragraph) => paragraph.style?.startsWith('Heading'))).toBe(false)
  })

  it('has a contents page that Word refreshes, whatever the brief option says', () => {
    const contents = styledParagraphs(xml).find((paragraph) => paragraph.style === 'TOCHeading')
    expect(contents?.pageBreakBefore).toBe(true)
    expect(xml).toMatch(/TOC \\h \\o &quot;1-2&quot;/)
    expect(part(bytes, 'word/settings.xml')).toContain('<w:updateFields/>')
  })

  it('starts each brief on a new page with its title as Heading 1 and its sections as Heading 2', () => {
    const titles = styledParagraphs(xml).filter((paragraph) => paragraph.style === 'Heading1')
    expect(titles.map((paragraph) => paragraph.text)).toEqual([
      'Bilateral meeting with Mexico on asylum capacity building',
      'Migration Five (M5) senior officials’ meeting'
    ])
    for (const title of titles) expect(title.pageBreakBefore).toBe(true)
    const sections = textsInStyle(xml, 'Heading2')
    expect(sections.filter((text) => text === 'Key messages')).toHaveLength(2)
    expect(textsInStyle(xml, 'Heading3')).toContain('Requests for visa facilitation')
    // The plan of the meeting sits under the meeting details, one level down.
    expect(textsInStyle(xml, 'Heading3')).toContain('Agenda items and Canada’s positions')
    expect(textsInStyle(xml, 'Title')).toHaveLength(1)
  })

  it('numbers each brief’s key messages from 1', () => {
    const numbered = styledParagraphs(xml).filter((paragraph) => paragraph.style === 'ListNumber' && paragraph.numbered)
    const lists = numbered.map((paragraph) => /<w:numId w:val="(\d+)"\/>/.exec(paragraph.xml)?.[1])
    // One list of key messages per brief; the M5 agenda's items are numbered headings, not a list.
    expect(new Set(lists).size).toBe(2)
  })

  it('carries the same header and footer as a brief, and package properties', () => {
    expect(part(bytes, 'word/header1.xml')).toContain('PROTECTED A')
    expect(part(bytes, 'word/footer1.xml')).toContain('>NUMPAGES</w:instrText>')
    const core = part(bytes, 'docProps/core.xml')
    expect(core).toContain('<dc:title>Spring 2027 migration meetings</dc:title>')
    expect(core).toContain('<dc:creator>Test Officer</dc:creator>')
    expect(core).toMatch(/<cp:keywords>[^<]*Mexico[^<]*Australia/)
  })
})

describe('the package marking', () => {
  it('is the highest of its briefs', async () => {
    const higher: Brief = { ...m5, marking: 'PROTECTED B' }
    const bytes = await exportPackage(examplePackage([mexico, higher]), [mexico, higher], lookup, options())
    await expectValidDocx(bytes, 'package with a PROTECTED B brief')
    expect(part(bytes, 'word/header1.xml')).toContain('>PROTECTED B<')
    expect(styledParagraphs(part(bytes, 'word/document.xml')).map((paragraph) => paragraph.text)).toContain(
      'PROTECTED B'
    )
  }, 20_000)

  it('is the package’s own when that is higher, in both languages side by side', async () => {
    const pkg = { ...examplePackage([mexico, m5]), marking: 'PROTECTED B' as const }
    const bytes = await exportPackage(pkg, [mexico, m5], lookup, options({ language: 'bilingual' }))
    await expectValidDocx(bytes, 'bilingual package marked PROTECTED B')
    const header = styledParagraphs(part(bytes, 'word/header1.xml')).map((paragraph) => paragraph.text)
    expect(header).toEqual(['PROTECTED B / PROTÉGÉ B'])
    const xml = part(bytes, 'word/document.xml')
    expect(textsInStyle(xml, 'Heading1')).toContain(
      'Bilateral meeting with Mexico on asylum capacity building / Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d’asile'
    )
    expect(textsInStyle(xml, 'Heading2')).toEqual(expect.arrayContaining(['Key messages', 'Messages clés']))
  }, 20_000)
})

describe('a package exported as a zip of briefs', () => {
  it('holds one valid .docx per brief, under safe names', async () => {
    const files = await Promise.all(
      [mexico, m5].map(async (brief) => ({
        name: briefFileName(brief, lookup, 'fr', 'fr'),
        bytes: await exportBrief(brief, lookup, options({ language: 'fr' }))
      }))
    )
    const zip = packageZip(files, new Date(2027, 1, 1))
    // Stored (method 0): a .docx is compressed already.
    expect(new DataView(zip.buffer, zip.byteOffset).getUint16(8, true)).toBe(0)
    const entries = unzipSync(zip)
    expect(Object.keys(entries).sort()).toEqual([
      "2027-02-17 Mexique - Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d'asile.docx",
      '2027-03-16 Migration Five (M5) - Réunion des hauts fonctionnaires du Migration Five (M5).docx'
    ])
    for (const [name, bytes] of Object.entries(entries)) {
      expect(name).not.toMatch(/[/\\:*?"<>|]/)
      await expectValidDocx(bytes, name)
    }
  }, 30_000)

  it('never lets two briefs with the same name overwrite each other', async () => {
    const bytes = await exportBrief(m5, lookup, options())
    const name = briefFileName(m5, lookup, 'en', 'en')
    const entries = unzipSync(
      packageZip(
        [
          { name, bytes },
          { name, bytes },
          { name: name.toUpperCase(), bytes }
        ],
        new Date(2027, 1, 1)
      )
    )
    expect(Object.keys(entries)).toHaveLength(3)
    expect(Object.keys(entries)).toContain(name.replace(/\.docx$/, ' (2).docx'))
    await expectValidDocx(bytes, 'zipped brief')
  }, 20_000)
})
