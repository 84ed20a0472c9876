import { unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { chartModel, chartSvg } from '@shared/figure-chart'
import { exportBrief } from '../../../../src/main/core/export'
import type { ExportLanguage } from '../../../../src/main/core/export'
import type { ChartRasterizer } from '../../../../src/main/core/export/chart-image'
import { defaultLibrary, options, paragraphTexts, part } from './fixtures'
import { TEST_FIGURES, testRasterizer, withFigures } from './figure-fixtures'
import { expectValidDocx } from './validate-docx'

// A partner's figures in a brief's annexes: each series under its name, as a chart picture and
// as a table whose every row names its source and as-of date, in the export's language.

const { lookup, mexico } = defaultLibrary()
const figured = withFigures(lookup, 'partner-mexico')
let charts: ChartRasterizer

beforeAll(async () => {
  charts = await testRasterizer()
})

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** The pictures a .docx carries, by path. */
function media(bytes: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([path]) => path.startsWith('word/media/')))
}

/** The width and height a PNG says it has (its IHDR chunk). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

describe('the chart picture', () => {
  it('is a real PNG at three times the chart size, the same bytes every time', () => {
    const svg = chartSvg(chartModel(TEST_FIGURES[0]!, 'fr'), 'fr')
    const png = charts.png(svg)
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(pngSize(png)).toEqual({ width: 1080, height: 540 })
    expect(Buffer.from(charts.png(svg)).equals(Buffer.from(png))).toBe(true)
  })

  it('draws the labels: a chart with text differs from the same chart without it', () => {
    const svg = chartSvg(chartModel(TEST_FIGURES[0]!, 'en'), 'en')
    const bare = svg.replace(/<text[^>]*>[^<]*<\/text>/g, '')
    expect(Buffer.from(charts.png(bare)).equals(Buffer.from(charts.png(svg)))).toBe(false)
  })
})

describe.each<ExportLanguage>(['en', 'fr', 'bilingual'])('figures in the annexes, exported in %s', (language) => {
  let bytes: Uint8Array
  let texts: string[]
  beforeAll(async () => {
    bytes = await exportBrief(mexico, figured, options({ language, charts }))
    texts = paragraphTexts(part(bytes, 'word/document.xml'))
  })

  it('prints each series with a table of year, value, source and as-of date', () => {
    const joined = texts.join('\n')
    if (language !== 'fr') {
      expect(texts).toContain('Figures')
      expect(texts).toContain('Study permits issued')
      for (const header of ['Year', 'Number', 'Rate', 'Source', 'As of']) expect(texts).toContain(header)
      // Oldest year first, whatever order they were typed in.
      expect(joined.indexOf('9,870')).toBeLessThan(joined.indexOf('20,500'))
      expect(texts).toContain('62.5%')
      expect(texts).toContain('May 2025')
      expect(texts).toContain('May 1, 2025')
      expect(texts).toContain('Test table of study permits (https://example.org/test-table)')
    }
    if (language !== 'en') {
      expect(texts).toContain('Données chiffrées')
      expect(texts).toContain('Permis d’études délivrés')
      for (const header of ['Année', 'Nombre', 'Taux', 'En date du']) expect(texts).toContain(header)
      expect(texts).toContain('12\u00a0345')
      expect(texts).toContain('62,5\u00a0%')
      expect(texts).toContain('mai 2025')
      expect(texts).toContain('Tableau d’essai des permis d’études (https://example.org/test-table)')
    }
    if (language === 'en') expect(joined).not.toContain('Données chiffrées')
    if (language === 'fr') expect(joined).not.toContain('Study permits issued')
  })

  it('adds one chart picture per series and language, described for screen readers', async () => {
    const pictures = Object.values(media(bytes))
    expect(pictures).toHaveLength(TEST_FIGURES.length * (language === 'bilingual' ? 2 : 1))
    for (const picture of pictures) expect([...picture.slice(0, 8)]).toEqual(PNG_SIGNATURE)
    const xml = part(bytes, 'word/document.xml')
    if (language !== 'fr')
      expect(xml).toContain('descr="Study permits issued: 2022, 9,870; 2023, 20,500; 2024, 12,345."')
    if (language !== 'en') expect(xml).toContain('name="Permis d’études délivrés"')
    await expectValidDocx(bytes, `Mexico brief with figures (${language})`)
  }, 30_000)
})

describe('when figures are left out', () => {
  it('prints the table without a picture when the export cannot draw charts', async () => {
    const bytes = await exportBrief(mexico, figured, options({ language: 'en' }))
    expect(Object.keys(media(bytes))).toEqual([])
    expect(paragraphTexts(part(bytes, 'word/document.xml'))).toContain('12,345')
  })

  it('prints no figures without the annexes, or for a partner that has none', async () => {
    const noAnnexes = await exportBrief(mexico, figured, options({ language: 'en', annexes: false, charts }))
    expect(paragraphTexts(part(noAnnexes, 'word/document.xml'))).not.toContain('Study permits issued')
    const plain = await exportBrief(mexico, lookup, options({ language: 'en', charts }))
    expect(paragraphTexts(part(plain, 'word/document.xml'))).not.toContain('Figures')
    expect(Object.keys(media(plain))).toEqual([])
  })
})
