import { describe, expect, it } from 'vitest'
import type { FigureSeries } from '@shared/figures'
import { buildPreviewModel } from '@renderer/features/briefs/preview/preview-model'
import type { PreviewBlock } from '@renderer/features/briefs/preview/preview-model'
import { PreviewFigures } from '@renderer/features/briefs/preview/preview-figures'
import { PartnerFigures } from '@renderer/features/library/detail/partner-figures'
import { composerBrief, lookupOf, placed } from './composer-fixtures'
import { partner } from './fixtures'
import { count, renderIn } from './render'

// A partner's figures on its profile and in the composer's preview: the chart with its values in
// words, the table with each value's source and date, in the interface's or the column's language.

const source = { document: { en: 'Test table', fr: 'Tableau d’essai' }, link: 'https://example.org/t', asOf: '2025-05' }
// Made up for the test, as every figure in the tests is.
const figures: FigureSeries[] = [
  {
    id: 'series-claims',
    name: { en: 'Asylum claims', fr: 'Demandes d’asile' },
    unit: 'count',
    points: [
      { year: 2024, value: 12345, source },
      { year: 2023, value: 9870, source }
    ]
  },
  { id: 'series-empty', name: { en: 'Not yet', fr: 'Pas encore' }, unit: 'percent', points: [] }
]

describe('figures on the profile', () => {
  it('draws each series with values in words, and a table of year, value, source and date', async () => {
    const html = await renderIn('en', <PartnerFigures figures={figures} />)
    expect(html).toContain('role="img"')
    expect(html).toContain('aria-label="Chart of Asylum claims. Asylum claims: 2023, 9,870; 2024, 12,345."')
    expect(count(html, '<rect')).toBe(2)
    // Oldest year first, each row with its source and date; a series with no value is not shown.
    expect(html.indexOf('>2023</th>')).toBeLessThan(html.indexOf('>2024</th>'))
    expect(html).toContain('Test table')
    expect(html).toContain('May 2025')
    expect(html).not.toContain('Not yet')
    // The page's policy forbids inline styles: the chart uses attributes only.
    expect(html).not.toContain('style=')
  })

  it('speaks French in French, numbers included', async () => {
    const html = await renderIn('fr', <PartnerFigures figures={figures} />)
    expect(html).toContain('Données chiffrées')
    expect(html).toContain('12\u00a0345')
    expect(html).toContain('Tableau d’essai')
    expect(html).toContain('En date du')
  })

  it('shows nothing for a partner without figures', async () => {
    expect(await renderIn('en', <PartnerFigures figures={undefined} />)).toBe('')
  })
})

describe('figures in the preview', () => {
  const withFigures = partner({ id: 'mexico', figures })
  const library = lookupOf([{ kind: 'partner', item: withFigures }])
  const brief = composerBrief({
    sections: [
      {
        id: 'sec-bg',
        kind: 'background',
        title: { en: 'Background', fr: 'Contexte' },
        items: [placed('b1', 'partner', 'mexico')]
      },
      {
        id: 'sec-ann',
        kind: 'annexes',
        title: { en: 'Annexes', fr: 'Annexes' },
        items: [placed('a1', 'partner', 'mexico')]
      }
    ]
  })

  it('carries a profile’s figures in the annexes only, as the export prints them', () => {
    const [background, annexes] = buildPreviewModel(brief, library, '2026-11-26').sections
    const titled = (block: PreviewBlock | undefined) => (block?.type === 'titled' ? block.figures : null)
    expect(titled(background?.blocks[0])).toEqual([])
    expect(titled(annexes?.blocks[0])).toEqual(figures)
  })

  it('prints the document’s words in the column’s language', async () => {
    const html = await renderIn('en', <PreviewFigures figures={figures} language="fr" />)
    expect(html).toContain('Données chiffrées')
    expect(html).toContain('Nombre')
    expect(html).toContain('12\u00a0345')
    expect(html).not.toContain('Year')
    // A series without values is left out, as in Word.
    expect(html).not.toContain('Taux')
  })
})
