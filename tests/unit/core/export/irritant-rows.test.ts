import { describe, expect, it } from 'vitest'
import type { Brief, BriefItem } from '@shared/entities'
import { exportBrief } from '../../../../src/main/core/export'
import { defaultLibrary, options, paragraphTexts, part } from './fixtures'
import { expectValidDocx } from './validate-docx'

// An irritant in Word: its context, then each line in the brief as its own "If raised" paragraph
// naming the partner it is aimed at; a line left out never printed; a blank line inside a line's
// text continues that line instead of starting another "If raised".

const { lookup, mexico } = defaultLibrary()
const VISA_ITEM = 'item-mx-irr-visa-facilitation'

const EDITED = {
  en: 'Canada values its partnership with Mexico.\n\nWe will keep working on the eTA together.',
  fr: 'Le Canada tient à son partenariat avec le Mexique.\n\nNous poursuivrons le travail sur l’AVE ensemble.'
}

/** The Mexico brief with the visa irritant's first general line left out and the Mexico line edited. */
function editedBrief(): Brief {
  const rows = {
    context: { override: null },
    lines: [
      { lineId: 'line-visa-facilitation-criteria', included: false, override: null },
      { lineId: 'line-visa-facilitation-mexico', included: true, override: EDITED }
    ]
  }
  const edit = (item: BriefItem): BriefItem =>
    item.id === VISA_ITEM && item.type === 'library' ? { ...item, rows } : item
  return {
    ...mexico,
    sections: mexico.sections.map((section) => ({ ...section, items: section.items.map(edit) }))
  }
}

const irritant = lookup('irritant', 'irritant-visa-facilitation-requests')!
const lineText = (id: string) => irritant.responsiveLines.find((line) => line.id === id)!.text

async function texts(language: 'en' | 'fr' | 'bilingual'): Promise<{ all: string[]; xml: string; bytes: Uint8Array }> {
  const bytes = await exportBrief(editedBrief(), lookup, options({ language }))
  const xml = part(bytes, 'word/document.xml')
  return { all: paragraphTexts(xml), xml, bytes }
}

describe('an irritant with rows, in Word', () => {
  it('prints the context, then each line in the brief once, aimed, and never a line left out (English)', async () => {
    const { all } = await texts('en')
    const context = all.indexOf(irritant.context.en)
    expect(context).toBeGreaterThan(-1)
    expect(all.some((text) => text.includes(lineText('line-visa-facilitation-criteria').en))).toBe(false)
    const after = all.slice(context + 1, context + 4)
    expect(after).toEqual([
      `If raised: ${lineText('line-visa-facilitation-cooperation').en}`,
      'If raised by Mexico: Canada values its partnership with Mexico.',
      // The second paragraph of the same line: no label of its own.
      'We will keep working on the eTA together.'
    ])
  })

  it('names the partner in French, and keeps a group’s added line under its group', async () => {
    const { all } = await texts('fr')
    expect(all).toContain(
      'Si la question est soulevée (Mexique)\u00A0: Le Canada tient à son partenariat avec le Mexique.'
    )
    expect(all).toContain('Nous poursuivrons le travail sur l’AVE ensemble.')
    expect(all.filter((text) => text.startsWith('Si la question est soulevée'))).not.toContain(
      'Nous poursuivrons le travail sur l’AVE ensemble.'
    )
    // The MIRPS line the brief added: the group's own parentheses become brackets inside the label's.
    expect(
      all.some((text) =>
        text.startsWith(
          'Si la question est soulevée (Cadre global régional de protection et de solutions [MIRPS])\u00A0: '
        )
      )
    ).toBe(true)
  })

  it('sets each line beside its translation, side by side, and the file stays valid', async () => {
    const { xml, bytes } = await texts('bilingual')
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((match) => paragraphTexts(match[0]))
    const mexicoRow = rows.find((row) => row.some((text) => text.startsWith('If raised by Mexico: ')))
    expect(mexicoRow).toEqual([
      'If raised by Mexico: Canada values its partnership with Mexico.',
      'We will keep working on the eTA together.',
      'Si la question est soulevée (Mexique)\u00A0: Le Canada tient à son partenariat avec le Mexique.',
      'Nous poursuivrons le travail sur l’AVE ensemble.'
    ])
    await expectValidDocx(bytes, 'Mexico brief with irritant rows (bilingual)')
  }, 30_000)
})
