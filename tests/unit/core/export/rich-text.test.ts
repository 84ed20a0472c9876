import { beforeAll, describe, expect, it } from 'vitest'
import { briefSchema } from '@shared/entities'
import type { Brief } from '@shared/entities'
import { exportBrief } from '../../../../src/main/core/export'
import type { ExportLanguage } from '../../../../src/main/core/export'
import { defaultLibrary, options, part, styledParagraphs, unescapeXml } from './fixtures'
import { expectValidDocx } from './validate-docx'

// Lists and emphasis written in a text reach Word as Word's own lists (List Bullet, List Number,
// each numbered list counting from its first number) and as bold and italic runs, in English,
// French and side by side, with French typography inside each run and nothing left of the markers.

const { mexico, lookup } = defaultLibrary()

const EN = [
  'Canada offers **three** kinds of _support_:',
  '- **funding** for COMAR;',
  '- *technical* expertise;',
  '- exchanges between officials.',
  '',
  '3. Register claims',
  '4. Decide them <quickly> & fairly'
].join('\n')
const FR = [
  'Le Canada offre **trois** formes d’_appui_ :',
  '- **Financement :** pour la COMAR;',
  '- une expertise *technique*;',
  '- des échanges entre fonctionnaires.',
  '',
  '3. Enregistrer les demandes',
  '4. Statuer « **rapidement** » et équitablement'
].join('\n')

function structuredBrief(): Brief {
  return briefSchema.parse({
    ...mexico,
    id: 'brief-structured',
    sections: [
      {
        id: 'sec-structured',
        kind: 'custom',
        title: { en: 'Support', fr: 'Appui' },
        items: [{ type: 'text', id: 'item-structured', text: { en: EN, fr: FR } }]
      }
    ]
  })
}

/** The runs of a document with their look. */
function lookedRuns(xml: string): { text: string; bold: boolean; italics: boolean }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => {
    const body = match[1] ?? ''
    return {
      text: unescapeXml([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join('')),
      bold: /<w:b\/>/.test(body),
      italics: /<w:i\/>/.test(body)
    }
  })
}

describe.each<ExportLanguage>(['en', 'fr', 'bilingual'])('structured text exported in %s', (language) => {
  const columns = language === 'bilingual' ? ['en', 'fr'] : [language]
  let bytes: Uint8Array
  let xml: string

  beforeAll(async () => {
    bytes = await exportBrief(structuredBrief(), lookup, options({ language }))
    xml = part(bytes, 'word/document.xml')
  })

  it('writes bullets as a List Bullet list and numbers as a List Number list, markers gone', () => {
    const paragraphs = styledParagraphs(xml)
    const bullets = paragraphs.filter((paragraph) => paragraph.style === 'ListBullet' && paragraph.numbered)
    const numbers = paragraphs.filter((paragraph) => paragraph.style === 'ListNumber' && paragraph.numbered)
    expect(bullets).toHaveLength(3 * columns.length)
    expect(numbers).toHaveLength(2 * columns.length)
    if (columns.includes('en')) {
      expect(bullets.map((paragraph) => paragraph.text)).toContain('funding for COMAR;')
      expect(numbers.map((paragraph) => paragraph.text)).toContain('Decide them <quickly> & fairly')
    }
    if (columns.includes('fr')) {
      expect(bullets.map((paragraph) => paragraph.text)).toContain('une expertise technique;')
    }
    expect(unescapeXml(xml)).not.toMatch(/\*\*|(?<![\p{L}])_appui_|<w:t[^>]*>- /u)
  })

  it('counts a numbered list from the number typed first', () => {
    const numbering = part(bytes, 'word/numbering.xml')
    const starts = [...numbering.matchAll(/<w:start w:val="(\d+)"\/>/g)].map((match) => match[1])
    expect(starts.filter((start) => start === '3')).toHaveLength(columns.length)
  })

  it('writes bold and italic runs, French typography inside them', () => {
    const runs = lookedRuns(xml)
    if (columns.includes('en')) {
      expect(runs).toContainEqual({ text: 'three', bold: true, italics: false })
      expect(runs).toContainEqual({ text: 'support', bold: false, italics: true })
      expect(runs).toContainEqual({ text: 'technical', bold: false, italics: true })
    }
    if (columns.includes('fr')) {
      expect(runs).toContainEqual({ text: 'Financement\u00A0:', bold: true, italics: false })
      expect(runs).toContainEqual({ text: 'appui', bold: false, italics: true })
      // The no-break spaces inside « » hold even though the quoted word is a run of its own.
      const quoted = runs.findIndex((run) => run.text === 'rapidement' && run.bold)
      expect(runs[quoted - 1]?.text.endsWith('«\u00A0')).toBe(true)
      expect(runs[quoted + 1]?.text.startsWith('\u00A0»')).toBe(true)
      // The colon after the italic word takes its no-break space from the run after it.
      expect(runs.some((run) => run.text.startsWith('\u00A0:'))).toBe(true)
    }
  })

  it('is still a valid .docx', async () => {
    await expectValidDocx(bytes, `structured text (${language})`)
  }, 30_000)
})
