import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun
} from 'docx'
import { afterEach, describe, expect, it } from 'vitest'
import { itemTitle, librarySchemas } from '@shared/entities'
import type { Brief, KeyMessage, LibraryKind } from '@shared/entities'
import { MAX_TEXT_LENGTH } from '@shared/languages'
import type { Language } from '@shared/languages'
import { draftsFromParagraphs, readWordParagraphs, titleFrom } from '../../../../src/main/core/exchange'
import { exportBrief } from '../../../../src/main/core/export'
import { typeset } from '../../../../src/main/core/export/typography'
import type { DefaultLibrary } from '../../../../src/main/store/index'
import { cleanTempDirs, freshStore } from './helpers'

afterEach(cleanTempDirs)

async function defaultLibrary(): Promise<DefaultLibrary> {
  return JSON.parse(await readFile(join(process.cwd(), 'resources', 'default-library.json'), 'utf8')) as DefaultLibrary
}

/** brief-mexico-asylum-capacity exported by Dossier's own Word export, with the store it reads from. */
async function exportedMexicoBrief(language: Language) {
  const { store } = await freshStore(await defaultLibrary())
  const brief = store.briefs.get('brief-mexico-asylum-capacity') as Brief
  const lookup = <K extends LibraryKind>(kind: K, id: string) => store.library.get(kind, id)
  const bytes = await exportBrief(brief, lookup, {
    language,
    tableOfContents: true,
    annexes: true,
    author: 'Test',
    office: '',
    now: new Date('2026-11-26T10:00:00.000Z')
  })
  return { bytes, brief, store }
}

describe('reading a Word document', () => {
  it.each(['en', 'fr'] as const)(
    'gives back the headings and lines of a brief Dossier exported in %s',
    async (language) => {
      const { bytes, brief, store } = await exportedMexicoBrief(language)

      const result = await readWordParagraphs(bytes)

      expect(result.ok).toBe(true)
      if (!result.ok) return
      const { paragraphs } = result
      const texts = paragraphs.map((paragraph) => paragraph.text)
      // The export sets every text by its language's typography (’, no-break spaces); that is what comes back.
      const set = (text: string) => typeset(text, language)
      // The brief's title, then every section title as a heading, in the brief's order.
      expect(paragraphs[0]).toEqual({ style: 'heading1', text: set(brief.title[language]) })
      const headings = paragraphs.filter((paragraph) => paragraph.style === 'heading1').map((p) => p.text)
      const sectionTitles = brief.sections.map((section) => set(section.title[language]))
      expect(headings.filter((heading) => sectionTitles.includes(heading))).toEqual(sectionTitles)
      // Every key message placed in the brief comes back whole (the brief's own edit where it has
      // one), as a numbered list line.
      const keyMessages = brief.sections
        .find((section) => section.kind === 'key-messages')!
        .items.flatMap((item) =>
          item.type === 'library'
            ? [(item.override ?? (store.library.get('keyMessage', item.itemId) as KeyMessage).text)[language]]
            : []
        )
      expect(keyMessages.length).toBeGreaterThan(2)
      for (const text of keyMessages) expect(paragraphs).toContainEqual({ style: 'list', text: set(text) })
      // The table of contents is not text to import: each heading appears once.
      expect(texts.filter((text) => text === sectionTitles[0])).toHaveLength(1)
      expect(texts).not.toContain('Contents')
    }
  )

  it('reads headings, paragraphs, list items and table cells, and leaves out footnote markers', async () => {
    const document = new Document({
      footnotes: { 1: { children: [new Paragraph('The footnote itself.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Visit to Ottawa', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Key messages', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Details', heading: HeadingLevel.HEADING_4 }),
            new Paragraph({
              children: [new TextRun('Canada & Mexico <agree>.'), new FootnoteReferenceRun(1), new TextRun(' Done.')]
            }),
            new Paragraph({ children: [new TextRun('First line'), new TextRun({ text: 'second line', break: 1 })] }),
            new Paragraph({ text: 'A bullet point', bullet: { level: 0 } }),
            new Paragraph({ text: '   ' }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('Date')] }),
                    new TableCell({ children: [new Paragraph('17 February 2027')] })
                  ]
                })
              ]
            })
          ]
        }
      ]
    })
    const bytes = new Uint8Array(await Packer.toBuffer(document))

    const result = await readWordParagraphs(bytes)

    expect(result).toEqual({
      ok: true,
      paragraphs: [
        { style: 'heading1', text: 'Visit to Ottawa' },
        { style: 'heading2', text: 'Key messages' },
        { style: 'heading3', text: 'Details' },
        { style: 'paragraph', text: 'Canada & Mexico <agree>. Done.' },
        { style: 'paragraph', text: 'First line\nsecond line' },
        { style: 'list', text: 'A bullet point' },
        { style: 'paragraph', text: 'Date' },
        { style: 'paragraph', text: '17 February 2027' }
      ]
    })
  })
})

describe('drafts from Word paragraphs', () => {
  const now = new Date('2026-11-26T15:00:00.000Z')

  it('makes valid drafts in the chosen language, the other left empty, that the store accepts', async () => {
    const long =
      'Canada maintains a balanced narrative on migration that recognizes its benefits while addressing public concerns about integrity.'
    const result = draftsFromParagraphs(
      [
        { text: long, kind: 'keyMessage', partnerId: 'partner-mexico', topic: 'migration-narrative', language: 'en' },
        { text: '  Les délais de traitement des visas sont trop longs.  ', kind: 'irritant', language: 'fr' },
        { text: 'Programme history and figures.', kind: 'backgroundNote', language: 'en' },
        { text: 'Chile', kind: 'partner', language: 'en' }
      ],
      now,
      'J. Tremblay'
    )

    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [message, irritant, note, partner] = result.drafts
    expect(message).toMatchObject({
      kind: 'keyMessage',
      item: {
        status: 'draft',
        version: 1,
        history: [],
        text: { en: long, fr: '' },
        partnerIds: ['partner-mexico'],
        topics: ['migration-narrative'],
        updatedAt: now.toISOString(),
        updatedBy: 'J. Tremblay',
        owner: 'J. Tremblay',
        lastReviewed: '2026-11-26',
        reviewBy: '2027-11-26'
      }
    })
    const title = itemTitle('keyMessage', message!.item).en
    expect(title.length).toBeLessThanOrEqual(81)
    expect(title.endsWith('…')).toBe(true)
    expect(long.startsWith(title.slice(0, -1))).toBe(true)
    expect(irritant!.item).toMatchObject({
      title: { en: '', fr: 'Les délais de traitement des visas sont trop longs.' },
      context: { en: '', fr: 'Les délais de traitement des visas sont trop longs.' }
    })
    expect(note!.item).toMatchObject({ body: { en: 'Programme history and figures.', fr: '' } })
    expect(partner!.item).toMatchObject({
      id: 'partner-chile',
      name: { en: 'Chile', fr: '' },
      summary: { en: 'Chile', fr: '' }
    })
    for (const draft of result.drafts) expect(librarySchemas[draft.kind].safeParse(draft.item).success).toBe(true)

    const { store } = await freshStore()
    for (const draft of result.drafts) await store.library.put(draft.kind, draft.item as never)
    expect(store.library.get('keyMessage', message!.item.id)).toEqual(message!.item)
  })

  it('gives distinct ids, avoiding those the library already uses', () => {
    const result = draftsFromParagraphs(
      [
        { text: 'Visa processing', kind: 'keyMessage', language: 'en' },
        { text: 'Visa processing', kind: 'keyMessage', language: 'en' }
      ],
      now,
      'A',
      (kind, id) => kind === 'keyMessage' && id === 'km-visa-processing'
    )
    expect(result.ok && result.drafts.map((draft) => draft.item.id)).toEqual([
      'km-visa-processing-2',
      'km-visa-processing-3'
    ])
  })

  it('explains, per paragraph, what cannot become a draft', () => {
    const result = draftsFromParagraphs(
      [
        { text: 'Fine.', kind: 'keyMessage', language: 'en' },
        { text: '   ', kind: 'keyMessage', language: 'en' },
        { text: 'x'.repeat(MAX_TEXT_LENGTH + 1), kind: 'backgroundNote', language: 'fr' },
        { text: 'Linked', kind: 'keyMessage', partnerId: 'Not An Id', language: 'en' }
      ],
      now,
      'A'
    )
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: 'paragraph 2', message: 'The paragraph is empty.' },
        { where: 'paragraph 3', message: expect.stringContaining('at most 50000') },
        { where: 'paragraph 4', message: '"Not An Id" is not a partner id.' }
      ]
    })
  })

  it('cuts titles at a word near 80 characters', () => {
    expect(titleFrom('Short title.')).toBe('Short title.')
    const title = titleFrom(`${'word '.repeat(30)}end`)
    expect(title).toBe(`${'word '.repeat(16).trim()}…`)
    expect(titleFrom('x'.repeat(200))).toBe(`${'x'.repeat(80)}…`)
  })
})
