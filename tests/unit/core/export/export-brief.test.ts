import { beforeAll, describe, expect, it } from 'vitest'
import type { Brief } from '@shared/entities'
import { exportBrief } from '../../../../src/main/core/export'
import type { ExportLanguage } from '../../../../src/main/core/export'
import { bodyWithoutContents, defaultLibrary, options, part, runs, styledParagraphs, textsInStyle } from './fixtures'
import { expectValidDocx } from './validate-docx'

// The two example briefs shipped with the app, exported as an officer would, then opened up:
// the styles Word's navigation pane needs, numbered key messages, "If raised:" lines, language
// tags, the participants table, the marking on every page, the document properties.

const { lookup, mexico, m5 } = defaultLibrary()
const LANGUAGES: ExportLanguage[] = ['en', 'fr', 'bilingual']

function keyMessageCount(brief: Brief): number {
  return brief.sections
    .filter((section) => section.kind === 'key-messages')
    .reduce((count, section) => count + section.items.length, 0)
}

describe.each(LANGUAGES)('the example briefs exported in %s', (language) => {
  const columns = language === 'bilingual' ? 2 : 1
  const files = new Map<string, Uint8Array>()

  beforeAll(async () => {
    files.set(mexico.id, await exportBrief(mexico, lookup, options({ language })))
    files.set(m5.id, await exportBrief(m5, lookup, options({ language })))
  })
  const file = (brief: Brief): Uint8Array => {
    const bytes = files.get(brief.id)
    if (!bytes) throw new Error(`${brief.id} was not exported`)
    return bytes
  }

  it('produces files the Open XML validator accepts', async () => {
    await expectValidDocx(file(mexico), `Mexico brief (${language})`)
    await expectValidDocx(file(m5), `M5 brief (${language})`)
  }, 30_000)

  it('gives the title the Title style and section titles Heading 1, in the export language', () => {
    const xml = part(file(mexico), 'word/document.xml')
    const titles = textsInStyle(xml, 'Title').join('\n')
    const headings = textsInStyle(xml, 'Heading1')
    if (language !== 'fr') {
      expect(titles).toContain('Bilateral meeting with Mexico on asylum capacity building')
      expect(headings).toContain('Key messages')
      expect(headings).toContain('Irritants and responsive lines')
    }
    if (language !== 'en') {
      expect(titles).toContain('Rencontre bilatérale avec le Mexique')
      expect(headings).toContain('Messages clés')
      expect(headings).toContain('Irritants et lignes de réponse')
    }
    if (language === 'en') expect(headings).not.toContain('Messages clés')
    if (language === 'fr') expect(headings).not.toContain('Key messages')
    // Sections in the brief's own order.
    const order = mexico.sections.map((section) => (language === 'fr' ? section.title.fr : section.title.en))
    const found = headings.filter((heading) => order.includes(heading))
    // Side by side, "Annexes" is a heading in both columns.
    expect(found.filter((heading, index) => heading !== found[index - 1])).toEqual(order)
  })

  it('puts irritant and background titles under Heading 2', () => {
    const headings = textsInStyle(part(file(mexico), 'word/document.xml'), 'Heading2')
    expect(headings).toContain(
      language === 'fr' ? 'Demandes d’assouplissement des exigences de visa' : 'Requests for visa facilitation'
    )
    expect(headings).toContain(language === 'fr' ? 'Objectifs' : 'Objectives')
  })

  it('numbers the key messages as a List Number list, restarting in each column', () => {
    // The M5 brief's agenda items are numbered headings of their own, not a list (agenda-parts.ts).
    for (const brief of [mexico, m5]) {
      const paragraphs = styledParagraphs(part(file(brief), 'word/document.xml'))
      const numbered = paragraphs.filter((paragraph) => paragraph.style === 'ListNumber' && paragraph.numbered)
      expect(numbered).toHaveLength(keyMessageCount(brief) * columns)
      const lists = new Set(numbered.map((paragraph) => /<w:numId w:val="(\d+)"\/>/.exec(paragraph.xml)?.[1]))
      expect(lists.size).toBe(columns)
    }
    const numbering = part(file(mexico), 'word/numbering.xml')
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>')
  })

  it('introduces each responsive line with "If raised:" in the export language', () => {
    const texts = styledParagraphs(part(file(mexico), 'word/document.xml')).map((paragraph) => paragraph.text)
    const english = texts.filter((text) => text.startsWith('If raised: '))
    const french = texts.filter((text) => text.startsWith('Si la question est soulevée\u00A0: '))
    if (language === 'fr') expect(english).toHaveLength(0)
    else expect(english.length).toBeGreaterThanOrEqual(3)
    if (language === 'en') expect(french).toHaveLength(0)
    else expect(french.length).toBeGreaterThanOrEqual(3)
    // The lines written for Mexico are in a brief with Mexico as its partner.
    const mexicoLine =
      language === 'fr'
        ? 'Le Canada tient beaucoup à sa relation avec le Mexique'
        : 'Canada deeply values its relationship with Mexico'
    expect(texts.some((text) => text.includes(mexicoLine))).toBe(true)
    // M5 has no irritants section, so no "If raised".
    const m5Texts = styledParagraphs(part(file(m5), 'word/document.xml')).map((paragraph) => paragraph.text)
    expect(m5Texts.some((text) => text.startsWith('If raised'))).toBe(false)
  })

  it('tags every run with its language: English en-CA, French fr-CA', () => {
    const all = runs(bodyWithoutContents(part(file(mexico), 'word/document.xml')))
    expect(all.filter((run) => run.lang === null)).toEqual([])
    const english = all.find((run) => run.text.includes('Reaffirm Canada’s support for strengthening'))
    const french = all.find((run) => run.text.includes('Réaffirmer l’appui du Canada'))
    if (language === 'fr') expect(english).toBeUndefined()
    else expect(english?.lang).toBe('en-CA')
    if (language === 'en') expect(french).toBeUndefined()
    else expect(french?.lang).toBe('fr-CA')
    for (const path of ['word/header1.xml', 'word/footer1.xml']) {
      expect(runs(part(file(mexico), path)).filter((run) => run.lang === null)).toEqual([])
    }
  })

  it('sets the default language and the body font in the styles', () => {
    const styles = part(file(mexico), 'word/styles.xml')
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? ''
    expect(defaults).toContain(`<w:lang w:val="${language === 'fr' ? 'fr-CA' : 'en-CA'}"/>`)
    expect(defaults).toMatch(/<w:rFonts w:ascii="Calibri"[^>]*w:hAnsi="Calibri"/)
    for (const id of [
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'ListNumber',
      'ListBullet',
      'TableGrid',
      'DossierTable'
    ]) {
      expect(styles).toContain(`w:styleId="${id}"`)
    }
    expect(styles).toMatch(/w:styleId="DossierTable"><w:name w:val="Dossier Table"\/><w:basedOn w:val="TableGrid"\/>/)
    expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/)
    expect(part(file(mexico), 'word/fontTable.xml')).toMatch(/<w:font w:name="Calibri"><w:altName w:val="Carlito"\/>/)
  })

  it('writes the meeting details table with the date in words and the marking', () => {
    const texts = styledParagraphs(part(file(mexico), 'word/document.xml')).map((paragraph) => paragraph.text)
    if (language !== 'fr') {
      expect(texts).toContain('Wednesday, February 17, 2027')
      expect(texts).toContain('Bilateral meeting')
      expect(texts).toContain('Mexico City, Mexico')
    }
    if (language !== 'en') {
      expect(texts).toContain('mercredi 17 février 2027')
      expect(texts).toContain('10\u00A0h')
      expect(texts).toContain('Mexico (Mexique)')
      expect(texts).toContain('PROTÉGÉ A')
    }
  })

  it('repeats the participants header row on every page and keeps each row whole', () => {
    const xml = part(file(mexico), 'word/document.xml')
    // The run of show's table comes first and repeats its header too: the participants' one names an organization.
    const headerAt = [...xml.matchAll(/<w:tblHeader\/>/g)]
      .map((match) => match.index)
      .find((at) => /Organi[sz]ation/.test(xml.slice(at, xml.indexOf('</w:tr>', at))))
    if (headerAt === undefined) throw new Error('no participants table')
    expect(headerAt).toBeGreaterThan(0)
    const table = xml.slice(xml.lastIndexOf('<w:tbl>', headerAt), xml.indexOf('</w:tbl>', headerAt))
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0])
    expect(rows[0]).toContain('<w:tblHeader/>')
    expect(rows[0]).toMatch(/Organi[sz]ation/)
    // Canada's four, the partner's three, and a group row for each side.
    expect(rows).toHaveLength(1 + 2 + mexico.participants.canada.length + mexico.participants.partner.length)
    for (const row of rows) expect(row).toContain('<w:cantSplit/>')
    // Titles and organizations in the export's languages, English above French side by side.
    const comar = { en: 'COMAR, Secretariat of the Interior', fr: 'COMAR, Secrétariat de l’Intérieur' }
    if (language !== 'fr') expect(table).toContain(comar.en)
    else expect(table).not.toContain(comar.en)
    if (language !== 'en') expect(table).toContain(comar.fr)
    else expect(table).not.toContain(comar.fr)
    if (language === 'bilingual') expect(table.indexOf(comar.en)).toBeLessThan(table.indexOf(comar.fr))
    // A name not yet known says so in the document's words.
    expect(table).toContain(language === 'fr' ? 'Nom à confirmer' : 'Name to be confirmed')
    // Canada's side comes before the partner's.
    const first = language === 'fr' ? 'Chef de la délégation' : 'Head of delegation'
    expect(xml.indexOf(first)).toBeLessThan(xml.indexOf(comar[language === 'fr' ? 'fr' : 'en']))
  })

  it('prints the marking in the header and footer, with live page numbers', () => {
    const header = part(file(mexico), 'word/header1.xml')
    const footer = part(file(mexico), 'word/footer1.xml')
    const label = { en: 'PROTECTED A', fr: 'PROTÉGÉ A', bilingual: 'PROTECTED A / PROTÉGÉ A' }[language]
    const texts = (xml: string) => styledParagraphs(xml).map((paragraph) => paragraph.text)
    expect(texts(header)).toContain(label)
    expect(header).toContain('<w:jc w:val="right"/>')
    expect(header).toMatch(/<w:b\/>[\s\S]*<w:t xml:space="preserve">PROT/)
    expect(texts(footer)).toContain(label)
    expect(footer).toContain('>PAGE</w:instrText>')
    expect(footer).toContain('>NUMPAGES</w:instrText>')
    const pageLine = texts(footer).join('\n')
    if (language !== 'fr') expect(pageLine).toContain('Page  of ')
    if (language !== 'en') expect(pageLine).toContain('Page  de ')
    expect(pageLine).toContain(language === 'fr' ? 'Exporté le 26 novembre 2026' : 'Exported November 26, 2026')
  })

  it('fills the document properties', () => {
    const core = part(file(mexico), 'docProps/core.xml')
    expect(core).toContain(
      language === 'fr' ? '<dc:title>Rencontre bilatérale avec le Mexique' : '<dc:title>Bilateral meeting with Mexico'
    )
    expect(core).toContain('<dc:creator>Test Officer</dc:creator>')
    expect(core).toContain(
      language === 'fr'
        ? '<dc:subject>Rencontre du 17 février 2027 (Mexique)'
        : '<dc:subject>Meeting on February 17, 2027 with Mexico'
    )
    expect(core).toMatch(/<cp:keywords>[^<]*(Mexico|Mexique)[^<]*(Asylum|Asile)/)
    expect(core).toMatch(/<dc:description>[^<]+<\/dc:description>/)
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T')
  })

  it('asks Word to update the table of contents on open', () => {
    expect(part(file(mexico), 'word/settings.xml')).toContain('<w:updateFields/>')
    const xml = part(file(mexico), 'word/document.xml')
    expect(xml).toMatch(language === 'bilingual' ? /TOC \\h \\o &quot;1-1&quot;/ : /TOC \\h \\o &quot;1-2&quot;/)
  })
})

describe('export options', () => {
  it('leaves out the table of contents and the field update when not asked', async () => {
    const bytes = await exportBrief(mexico, lookup, options({ tableOfContents: false }))
    await expectValidDocx(bytes, 'brief without contents')
    expect(part(bytes, 'word/document.xml')).not.toContain('TOC \\h')
    expect(part(bytes, 'word/settings.xml')).not.toContain('updateFields')
  }, 20_000)

  it('renders annexes with profiles and key facts only when asked', async () => {
    const withoutAnnexes = await exportBrief(mexico, lookup, options({ annexes: false }))
    const withAnnexes = await exportBrief(mexico, lookup, options({ annexes: true }))
    await expectValidDocx(withoutAnnexes, 'brief without annexes')
    await expectValidDocx(withAnnexes, 'brief with annexes')
    const without = part(withoutAnnexes, 'word/document.xml')
    const xml = part(withAnnexes, 'word/document.xml')
    expect(textsInStyle(without, 'Heading1')).not.toContain('Annexes')
    expect(without).not.toContain('MIRPS country')
    expect(textsInStyle(xml, 'Heading1')).toContain('Annexes')
    expect(textsInStyle(xml, 'Heading2')).toContain('Mexico')
    expect(textsInStyle(xml, 'Heading3')).toContain('Key facts')
    expect(xml).toContain('MIRPS country')
  }, 20_000)

  it('ends with the approval block, in each language side by side, printing only what is filled in', async () => {
    const approved: Brief = {
      ...mexico,
      approval: {
        preparedBy: {
          name: 'Awa Diallo',
          office: { en: 'International Affairs, IRCC', fr: 'Affaires internationales, IRCC' },
          telephone: '613-555-0142'
        },
        consulted: { en: 'Global Affairs Canada; CBSA', fr: 'Affaires mondiales Canada; ASFC' },
        approvedBy: {
          name: 'Marie-Ève Tremblay',
          title: { en: 'Director General', fr: 'Directrice générale' },
          date: '2026-12-04'
        },
        trackingNumber: ''
      }
    }
    const bytes = await exportBrief(approved, lookup, options({ language: 'bilingual' }))
    await expectValidDocx(bytes, 'brief with an approval block')
    const xml = part(bytes, 'word/document.xml')
    const headings = textsInStyle(xml, 'Heading1')
    expect(headings.slice(-2)).toEqual(['Approval', 'Approbation'])
    for (const text of [
      'Prepared by',
      'Préparée par',
      'Tel. 613-555-0142',
      'Affaires mondiales Canada; ASFC',
      'Directrice générale',
      'vendredi 4 décembre 2026'
    ]) {
      expect(xml).toContain(text)
    }
    // No number yet: no empty "Tracking number" row.
    expect(xml).not.toContain('Tracking number')
    // A brief without a block prints none.
    expect(
      part(await exportBrief(mexico, lookup, options({ language: 'bilingual' })), 'word/document.xml')
    ).not.toContain('Approval')
    // Approved with no one named: the date's row says what it is.
    const unnamed = { ...approved.approval!, approvedBy: { name: '', title: { en: '', fr: '' }, date: '2026-12-04' } }
    const dated = part(
      await exportBrief({ ...approved, approval: unnamed }, lookup, options({ language: 'bilingual' })),
      'word/document.xml'
    )
    expect(dated).toContain('Approved on')
    expect(dated).toContain('Approuvée le')
    expect(dated).not.toContain('Approved by')
  }, 20_000)

  it('writes "Dossier" as the creator when no author is set', async () => {
    const bytes = await exportBrief(m5, lookup, options({ author: '  ' }))
    await expectValidDocx(bytes, 'brief without author')
    expect(part(bytes, 'docProps/core.xml')).toContain('<dc:creator>Dossier</dc:creator>')
  }, 20_000)

  it('names the user’s office as the company and keeps the author as the creator', async () => {
    const bytes = await exportBrief(
      m5,
      lookup,
      options({ author: 'Awa Diallo', office: 'IRCC <Mexico City> & Ottawa' })
    )
    await expectValidDocx(bytes, 'brief with an office')
    expect(part(bytes, 'docProps/app.xml')).toContain('<Company>IRCC &lt;Mexico City&gt; &amp; Ottawa</Company>')
    expect(part(bytes, 'docProps/core.xml')).toContain('<dc:creator>Awa Diallo</dc:creator>')
    const withoutOffice = await exportBrief(m5, lookup, options({ office: ' ' }))
    expect(part(withoutOffice, 'docProps/app.xml')).not.toContain('<Company>')
  }, 20_000)

  it('never prints a marking below the highest item in the brief', async () => {
    const understated: Brief = { ...mexico, marking: 'UNCLASSIFIED' }
    const bytes = await exportBrief(understated, lookup, options())
    await expectValidDocx(bytes, 'understated brief')
    expect(part(bytes, 'word/header1.xml')).toContain('PROTECTED A')
  }, 20_000)

  it('heads a brief without a meeting-details section with the details table and objectives', async () => {
    const bare: Brief = { ...m5, sections: m5.sections.filter((section) => section.kind !== 'meeting-details') }
    const bytes = await exportBrief(bare, lookup, options({ tableOfContents: false }))
    await expectValidDocx(bytes, 'brief without details section')
    const paragraphs = styledParagraphs(part(bytes, 'word/document.xml'))
    const title = paragraphs.findIndex((paragraph) => paragraph.style === 'Title')
    const date = paragraphs.findIndex((paragraph) => paragraph.text === 'Tuesday, March 16, 2027')
    const objectives = paragraphs.findIndex((paragraph) => paragraph.text === 'Objectives')
    const agenda = paragraphs.findIndex((paragraph) => paragraph.text === 'Agenda items and Canada’s positions')
    const firstSection = paragraphs.findIndex((paragraph) => paragraph.text === 'Key messages')
    expect(title).toBe(0)
    expect(date).toBeGreaterThan(title)
    expect(objectives).toBeGreaterThan(date)
    // The plan of the meeting follows the objectives, before the first section, at the sections' level.
    expect(agenda).toBeGreaterThan(objectives)
    expect(paragraphs[agenda]?.style).toBe('Heading1')
    expect(firstSection).toBeGreaterThan(agenda)
  }, 20_000)
})
