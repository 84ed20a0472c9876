import { describe, expect, it } from 'vitest'
import type { KeyMessage, LibraryItemByKind, LibraryKind } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { exportCard } from '../../../../src/main/core/export'
import { firstSentence } from '../../../../src/main/core/export/export-card'
import { defaultLibrary, options, paragraphTexts, part, parts } from './fixtures'
import { expectValidDocx } from './validate-docx'

// The pocket card of the Mexico example: the meeting line, objectives, key messages and "if
// raised" lines in short form, the people across the table, marked like the brief.

const { lookup, mexico } = defaultLibrary()

async function cardTexts(language: 'en' | 'fr' | 'bilingual', withLookup: LibraryLookup = lookup) {
  const bytes = await exportCard(mexico, withLookup, options({ language }))
  await expectValidDocx(bytes, `Mexico card (${language})`)
  return { texts: paragraphTexts(part(bytes, 'word/document.xml')), bytes }
}

describe('the pocket card', () => {
  it('holds the meeting line, the objectives, the key messages, the lines with their triggers and the counterparts', async () => {
    const { texts, bytes } = await cardTexts('en')
    expect(texts[0]).toBe('Bilateral meeting with Mexico on asylum capacity building')
    expect(texts[1]).toBe('Wednesday, February 17, 2027 · 10:00 · Mexico City, Mexico · With Mexico')
    // French names its partners by a label: « avec Mexique » lacked the article a name takes.
    const french = await cardTexts('fr')
    expect(french.texts[1]).toMatch(/ · Partenaire\u00a0: Mexique$/)
    for (const heading of ['Objectives', 'Key messages', 'If raised', 'Across the table'])
      expect(texts).toContain(heading)
    // Each key message in short form: its first sentence, numbered.
    const messages = texts.filter((text) => /^\d\. /.test(text))
    expect(messages).toHaveLength(6)
    expect(messages[0]).toBe(
      '1. Canada values its deep partnership with Mexico and thanks COMAR for its openness in our cooperation.'
    )
    expect(texts).toContain('Requests for visa facilitation')
    expect(texts.some((text) => text.startsWith('If raised by Mexico: Canada deeply values'))).toBe(true)
    expect(texts.some((text) => text.startsWith('Name to be confirmed, Head of the Mexican Commission'))).toBe(true)
    // Marked in its header and footer, as the brief is.
    const frame = Object.keys(parts(bytes)).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    expect(frame.length).toBeGreaterThanOrEqual(2)
    for (const name of frame) expect(part(bytes, name)).toContain('PROTECTED A')
  })

  it('prints a key message’s own short form where the library has one, in each language', async () => {
    const shortened: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) => {
      const item = lookup(kind, id)
      if (kind !== 'keyMessage' || !item) return item
      const message = item as KeyMessage
      return {
        ...message,
        shortForm: { en: 'Short: partnership.', fr: 'Court : partenariat.' }
      } as LibraryItemByKind[K]
    }
    const { texts } = await cardTexts('bilingual', shortened)
    // The first message is edited in the brief: shortened from the edit, not from the library.
    expect(texts).toContain(
      '1. Canada values its deep partnership with Mexico and thanks COMAR for its openness in our cooperation.'
    )
    expect(texts).toContain('2. Short: partnership.')
    expect(texts.some((text) => text.startsWith('2. Court'))).toBe(true)
  })

  it.each([
    ['One sentence. Two sentences.', 'One sentence.'],
    ['- a listed point\n- another', 'a listed point another'],
    ['**Bold** start! Then more.', 'Bold start!'],
    ['No full stop at all', 'No full stop at all'],
    ['Version 2.5 is out. Next.', 'Version 2.5 is out.']
  ])('shortens %j to %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected)
  })
})
