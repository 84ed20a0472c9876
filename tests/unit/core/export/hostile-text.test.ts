import { beforeAll, describe, expect, it } from 'vitest'
import { exportBrief } from '../../../../src/main/core/export'
import type { ExportLanguage } from '../../../../src/main/core/export'
import { defaultLibrary, options, paragraphTexts, part, runs, styledParagraphs } from './fixtures'
import { ACCENTS, EMOJI, LINES, LONG, MARKUP, RTL, TABS, hostileBrief } from './hostile-brief'
import { typeset } from '../../../../src/main/core/export/typography'
import { expectValidDocx } from './validate-docx'

// Whatever an officer types or pastes must come out in Word as typed, set only by the typographic
// rules of its language (typography.ts), and never as a file Word refuses (the texts are in
// hostile-brief.ts).

const { lookup } = defaultLibrary()

describe.each<ExportLanguage>(['en', 'fr', 'bilingual'])('a brief full of hostile text, exported in %s', (language) => {
  let bytes: Uint8Array = new Uint8Array()
  let xml = ''
  beforeAll(async () => {
    bytes = await exportBrief(hostileBrief(), lookup, options({ language }))
    xml = part(bytes, 'word/document.xml')
  })

  it('is still a valid .docx', async () => {
    await expectValidDocx(bytes, `hostile brief (${language})`)
  }, 20_000)

  it('keeps markup characters, emoji, accents and the long paragraph as typed, typeset', () => {
    const texts = paragraphTexts(xml)
    const suffix = language === 'fr' ? ' (fr)' : ''
    const main = language === 'fr' ? 'fr' : 'en'
    for (const value of [MARKUP, EMOJI, ACCENTS, RTL, LONG]) expect(texts).toContain(typeset(`${value}${suffix}`, main))
    expect(texts).toContain(
      main === 'fr'
        ? `Ministers <&> «\u00a0quotes\u00a0» ‘apostrophes’ </w:t>]]> (fr)`
        : `Ministers <&> “quotes” ‘apostrophes’ </w:t>]]>`
    )
    expect(texts.find((text) => text.startsWith('Long paragraph'))).toHaveLength(20_000 + suffix.length)
  })

  it('turns tabs into Word tabs and single newlines into line breaks', () => {
    const suffix = language === 'fr' ? ' (fr)' : ''
    const texts = paragraphTexts(xml)
    expect(texts).toContain(`${TABS}${suffix}`)
    expect(texts).toContain(`${LINES}${suffix}`)
    expect(xml).toContain('<w:tab/>')
    expect(xml).toContain('<w:br/>')
    expect(xml).not.toMatch(/<w:t[^>]*>[^<]*\t/)
  })

  it('sets right-to-left names in their own right-to-left runs', () => {
    const all = runs(xml)
    expect(all.find((run) => run.text === 'مريم')?.rtl).toBe(true)
    expect(all.find((run) => run.text === 'שלום')?.rtl).toBe(true)
    expect(all.find((run) => run.text.startsWith('Meeting with'))?.rtl).toBe(false)
    expect(paragraphTexts(xml)).toContain('مريم العلي')
  })

  it('drops characters XML cannot hold and keeps the rest', () => {
    const suffix = language === 'fr' ? ' (fr)' : ''
    expect(paragraphTexts(xml)).toContain(`badchars here${suffix}`)
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/)
  })

  it('leaves the empty section out, heading and all, but keeps the participants section that lists people', () => {
    const texts = paragraphTexts(xml)
    expect(texts).not.toContain('Empty section')
    expect(texts).not.toContain('Section vide')
    expect(texts.join('\n')).not.toMatch(/No items|Aucun élément/)
    const headings = styledParagraphs(xml).filter((paragraph) => paragraph.style === 'Heading1')
    expect(headings.map((paragraph) => paragraph.text)).toContain('Participants')
  })

  it('keeps hostile participants, title and place intact', () => {
    const texts = paragraphTexts(xml)
    expect(texts).toContain(language === 'fr' ? `Dr. O’Brien & «\u00a0Sons\u00a0» <ltd>` : `Dr. O’Brien & “Sons” <ltd>`)
    if (language !== 'en') expect(texts.join('\n')).toContain('Chef de cabinet')
    if (language !== 'fr') expect(texts.join('\n')).toContain('Chief of staff')
    expect(texts.join('\n')).toContain(language === 'fr' ? 'HCR 🇺🇳' : 'UNHCR 🇺🇳')
    if (language !== 'fr') expect(texts).toContain('Tab here & <there>')
    if (language !== 'en') expect(texts).toContain('Tab là & <là>')
    expect(texts.join('\n')).toContain(language === 'fr' ? 'Note «\u00A0test\u00A0» <&> 🇨🇦' : 'Brief <&> “test” 🇨🇦')
    const core = part(bytes, 'docProps/core.xml')
    expect(core).toContain(
      language === 'fr' ? 'Note «\u00A0test\u00A0» &lt;&amp;&gt; 🇨🇦' : 'Brief &lt;&amp;&gt; “test” 🇨🇦'
    )
  })
})
