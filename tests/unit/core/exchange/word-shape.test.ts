import { Document, ImageRun, Packer, Paragraph } from 'docx'
import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readWordParagraphs, sortBrief } from '../../../../src/main/core/exchange'
import type { WordParagraph } from '../../../../src/main/core/exchange'
import { xmlShapeProblem } from '../../../../src/main/core/exchange/xml-shape'

const roomy = { maxElements: 1_000, maxParagraphs: 100, maxDepth: 10 }
function walk(xml: string, limits: Partial<typeof roomy> = {}) {
  const counts = { elements: 0, paragraphs: 0 }
  const problem = xmlShapeProblem(strToU8(xml), counts, { ...roomy, ...limits })
  return { problem, ...counts }
}

describe('the shape of a Word part, walked over its bytes', () => {
  it('counts paragraphs under any prefix, or none, and not other elements ending in p', () => {
    expect(walk('<w:body><w:p/><x:p a="1"><x:r/></x:p><p>t</p><w:pPr/><w:tab/></w:body>')).toEqual({
      problem: null,
      elements: 7,
      paragraphs: 3
    })
  })

  it('skips comments, CDATA and declarations, and quoted ">" in attributes', () => {
    const xml = '<?xml version="1.0"?><!-- <w:p> --><a t="x>y"><![CDATA[<w:p><w:p>]]></a>'
    expect(walk(xml)).toEqual({ problem: null, elements: 1, paragraphs: 0 })
  })

  it('refuses depth, paragraphs and elements past the limits, counted over every part walked', () => {
    expect(walk('<a><b><c><d/></c></b></a>', { maxDepth: 2 }).problem).toMatch(/nest more than 2 levels/)
    expect(walk('<w:p/>'.repeat(4), { maxParagraphs: 3 }).problem).toMatch(/more than 3 paragraphs/)
    const counts = { elements: 0, paragraphs: 0 }
    expect(xmlShapeProblem(strToU8('<r/>'.repeat(3)), counts, { ...roomy, maxElements: 5 })).toBeNull()
    expect(xmlShapeProblem(strToU8('<r/>'.repeat(3)), counts, { ...roomy, maxElements: 5 })).toMatch(
      /more than 5 elements/
    )
  })

  it('refuses a document type or entity declaration outright', () => {
    expect(walk('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>').problem).toMatch(/declares a document type/)
  })
})

describe('Word documents with pictures', () => {
  it('reads the text around a picture: mammoth gets the XML parts only, never the picture', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64'
    )
    const picture = new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('Before the picture.'),
            new Paragraph({ children: [picture] }),
            new Paragraph('After the picture.')
          ]
        }
      ]
    })
    const result = await readWordParagraphs(new Uint8Array(await Packer.toBuffer(document)))
    expect(result).toEqual({
      ok: true,
      paragraphs: [
        { style: 'paragraph', text: 'Before the picture.' },
        { style: 'paragraph', text: 'After the picture.' }
      ]
    })
  })
})

describe('an old brief sorted by its sections', () => {
  const heading = (text: string, level = 1): WordParagraph => ({
    style: `heading${level}` as WordParagraph['style'],
    text
  })
  const body = (text: string): WordParagraph => ({ style: 'paragraph', text })

  it('takes key messages, irritants (sub-headings included) and background, in either language', () => {
    const sorted = sortBrief([
      heading('Meeting details and objectives'),
      body('Date: 20 January 2027.'),
      heading('Messages clés'),
      body('Le Canada et le Mexique sont des partenaires proches dans la région.'),
      heading('Irritants and responsive lines'),
      heading('Visa processing delays', 2),
      body('If raised: Canada has added staff to process visas faster for the students.'),
      heading('Background'),
      body('The two countries have worked together on asylum capacity since 2019.'),
      heading('Participants and biographies'),
      body('The Minister of Immigration.')
    ])
    expect(sorted.selections.map(({ kind, language }) => [kind, language])).toEqual([
      ['keyMessage', 'fr'],
      ['irritant', 'en'],
      ['backgroundNote', 'en']
    ])
    expect(sorted.leftOut).toBe(2)
  })

  it('takes every body paragraph as the kind asked for', () => {
    const sorted = sortBrief([heading('Notes'), body('One.'), body('Two.')], 'backgroundNote')
    expect(sorted).toEqual({
      selections: [
        { text: 'One.', kind: 'backgroundNote', language: 'en' },
        { text: 'Two.', kind: 'backgroundNote', language: 'en' }
      ],
      leftOut: 0
    })
  })
})
