import { beforeAll, describe, expect, it } from 'vitest'
import type { Brief } from '@shared/entities'
import { emptyPlanBlock } from '@shared/meeting-plan'
import { exportBrief } from '../../../../src/main/core/export'
import { defaultLibrary, options, paragraphTexts, part, runs, styledParagraphs } from './fixtures'
import { expectValidDocx } from './validate-docx'

// The run of show, logistics and agenda positions in Word: under the meeting details, in the
// export's language or side by side, only what is filled in.

const { mexico, m5, lookup } = defaultLibrary()

async function documentOf(brief: Brief, language: 'en' | 'fr' | 'bilingual'): Promise<string> {
  const bytes = await exportBrief(brief, lookup, options({ language, tableOfContents: false }))
  await expectValidDocx(bytes, `${brief.id} ${language}`)
  return part(bytes, 'word/document.xml')
}

describe('the Mexico example', () => {
  const xml: Record<string, string> = {}
  beforeAll(async () => {
    for (const language of ['en', 'fr', 'bilingual'] as const) xml[language] = await documentOf(mexico, language)
  }, 60_000)

  it('prints logistics and the run of show under the meeting details, before the key messages', () => {
    const headings = styledParagraphs(xml.en ?? '')
      .filter((paragraph) => (paragraph.style ?? '').startsWith('Heading'))
      .map((paragraph) => `${paragraph.style}:${paragraph.text}`)
    const at = (text: string) => headings.indexOf(text)
    expect(at('Heading2:Logistics and protocol')).toBeGreaterThan(at('Heading1:Meeting details and objectives'))
    expect(at('Heading2:Run of show')).toBeGreaterThan(at('Heading2:Logistics and protocol'))
    expect(at('Heading3:Opening remarks')).toBeGreaterThan(at('Heading2:Run of show'))
    expect(at('Heading1:Key messages')).toBeGreaterThan(at('Heading3:Opening remarks'))
  })

  it('prints each logistics row filled in, and the steps as a table with a repeating header', () => {
    const texts = paragraphTexts(xml.en ?? '')
    for (const expected of [
      '1 hour 30 minutes',
      'Consecutive (Spanish and English; the Embassy of Canada to Mexico confirms the interpreter)',
      'Photo opportunity',
      'An exchange of gifts is expected.',
      'COMAR: koh-MAR (one word, not spelled out)',
      '10:00 (5 min)',
      'Handshake and official photo',
      '11:25'
    ]) {
      expect(texts, expected).toContain(expected)
    }
    // No forum: a bilateral is not on the margins of anything.
    expect(texts).not.toContain('On the margins of')
    const table = (xml.en ?? '').slice((xml.en ?? '').indexOf('What happens') - 2000)
    expect(table.slice(0, 2000)).toContain('<w:tblHeader/>')
  })

  it('prints French in French, with the Translation Bureau’s times and colons', () => {
    const raw = paragraphTexts(xml.fr ?? '')
    // No-break spaces hold "10 h" and "5 minutes" together (typography.ts): compared as spaces here.
    const texts = raw.map((text) => text.replace(/[\u00a0\u202f]/g, ' '))
    expect(texts).toContain('Logistique et protocole')
    expect(texts).toContain('Déroulement')
    expect(texts).toContain('Mot d’ouverture')
    expect(texts).toContain('1 heure 30 minutes')
    expect(texts).toContain('10 h (5 min)')
    expect(texts).toContain('Séance de photos')
    expect(raw.some((text) => text.startsWith('COMAR\u00a0: ko-MAR'))).toBe(true)
    expect(texts).not.toContain('Handshake and official photo')
    // Every run of the French steps is tagged French, names aside.
    const french = runs(xml.fr ?? '').filter((run) => run.text.includes('Poignée de main'))
    expect(french.map((run) => run.lang)).toEqual(['fr-CA'])
  })

  it('sets English beside French in a bilingual export', () => {
    const texts = paragraphTexts(xml.bilingual ?? '')
    const english = texts.indexOf('Run of show')
    expect(english).toBeGreaterThan(-1)
    expect(texts[english + 1]).toBe('Déroulement')
  })
})

describe('the M5 example', () => {
  it('prints each agenda item numbered, with Canada’s position and the objective run in', async () => {
    const xml = await documentOf(m5, 'en')
    const texts = paragraphTexts(xml)
    expect(texts).toContain('Agenda items and Canada’s positions')
    expect(texts).toContain('2. Global migration outlook: irregular migration and returns')
    expect(texts.some((text) => text.startsWith('Canada’s position: Irregular migration is a shared challenge'))).toBe(
      true
    )
    expect(texts).toContain('Objective: Confirm the work plan and its timelines.')
    // Seven hours, no interpretation, no media, no gifts: each said, once.
    expect(texts).toContain('7 hours')
    expect(texts).toContain('No exchange of gifts.')
  })
})

describe('parts left empty', () => {
  it('print nothing, not even their heading', async () => {
    const empty: Brief = {
      ...mexico,
      logistics: emptyPlanBlock('logistics'),
      runOfShow: emptyPlanBlock('runOfShow'),
      agenda: [{ title: { en: '', fr: '' }, position: { en: ' ', fr: '' }, objective: { en: '', fr: '' } }]
    }
    const texts = paragraphTexts(await documentOf(empty, 'bilingual'))
    for (const heading of [
      'Logistics and protocol',
      'Run of show',
      'Opening remarks',
      'Agenda items and Canada’s positions'
    ]) {
      expect(texts).not.toContain(heading)
    }
    // Only the opening remarks: the heading and the text, without an empty table.
    const remarksOnly: Brief = {
      ...mexico,
      logistics: undefined,
      runOfShow: { openingRemarks: { en: 'Thank you.', fr: 'Merci.' }, steps: [] }
    }
    const xml = await documentOf(remarksOnly, 'en')
    expect(paragraphTexts(xml)).toContain('Thank you.')
    expect(xml).not.toContain('What happens')
  }, 30_000)
})
