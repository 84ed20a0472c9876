import { describe, expect, it } from 'vitest'
import type { Brief } from '@shared/entities'
import { exportBrief, exportPackage } from '../../../../src/main/core/export'
import type { ExportLanguage } from '../../../../src/main/core/export'
import { defaultLibrary, examplePackage, options, paragraphTexts, part } from './fixtures'

// A heading over "(No items)" reads as a gap in the brief: an empty section is left out of every
// Word file, on its own and in a package (whose zip holds the briefs' own files), in each
// language (the checks tell the officer it will be). A section with something in it keeps its heading.

const { lookup, mexico, m5 } = defaultLibrary()

/** The Mexico example with its Annexes emptied and a new empty section of notes. */
function withEmptySections(brief: Brief): Brief {
  return {
    ...brief,
    sections: [
      ...brief.sections.map((section) =>
        section.kind === 'annexes'
          ? { ...section, title: { en: 'Empty annexes', fr: 'Annexes vides' }, items: [] }
          : section
      ),
      { id: 'sec-notes', kind: 'custom', title: { en: 'Logistics notes', fr: 'Notes logistiques' }, items: [] }
    ]
  }
}

const gone = ['Empty annexes', 'Annexes vides', 'Logistics notes', 'Notes logistiques', '(No items)', '(Aucun élément)']

function expectLeftOut(texts: string[]): void {
  for (const text of gone) expect(texts).not.toContain(text)
  expect(texts.some((text) => text === 'Key messages' || text === 'Messages clés')).toBe(true)
}

describe.each<ExportLanguage>(['en', 'fr', 'bilingual'])('empty sections exported in %s', (language) => {
  const brief = withEmptySections(mexico)

  it('are left out of a brief’s Word file', async () => {
    const bytes = await exportBrief(brief, lookup, options({ language }))
    expectLeftOut(paragraphTexts(part(bytes, 'word/document.xml')))
  })

  it('are left out of a package’s combined document', async () => {
    const combined = await exportPackage(examplePackage([brief, m5]), [brief, m5], lookup, options({ language }))
    expectLeftOut(paragraphTexts(part(combined, 'word/document.xml')))
  })
})

describe('a section with items', () => {
  it('keeps its heading', async () => {
    const bytes = await exportBrief(mexico, lookup, options({ language: 'en' }))
    expect(paragraphTexts(part(bytes, 'word/document.xml'))).toContain('Annexes')
  })
})
