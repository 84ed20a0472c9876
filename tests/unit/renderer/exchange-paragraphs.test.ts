import { describe, expect, it } from 'vitest'
import type { WordFileParagraphs } from '@shared/exchange-inputs'
import { paragraphSelectionSchema } from '@shared/exchange-inputs'
import type { ParagraphOptions } from '@renderer/features/exchange/word/paragraph-selection'
import {
  guessLanguage,
  isPickable,
  paragraphKey,
  paragraphsUnder,
  pick,
  setAll,
  setOptions,
  toSelections,
  unpick
} from '@renderer/features/exchange/word/paragraph-selection'

const brief: WordFileParagraphs = {
  name: 'open-old-brief.docx',
  paragraphs: [
    { style: 'heading1', text: 'Bilateral meeting with Mexico' },
    { style: 'heading1', text: 'Key messages' },
    { style: 'list', text: '  Canada values its partnership with Mexico.  ' },
    { style: 'list', text: 'Regular pathways reduce irregular migration.' },
    { style: 'heading1', text: 'Irritants' },
    { style: 'heading2', text: 'Visa processing delays' },
    { style: 'paragraph', text: 'Processing times are a frequent complaint.' },
    { style: 'paragraph', text: '   ' },
    { style: 'heading3', text: 'If raised' },
    { style: 'paragraph', text: 'If raised: Canada understands how much timely decisions matter.' },
    { style: 'heading2', text: 'Responsibility-sharing' },
    { style: 'paragraph', text: 'Host countries call for more responsibility-sharing.' },
    { style: 'heading1', text: 'Background' }
  ]
}
const notes: WordFileParagraphs = {
  name: 'notes.docx',
  paragraphs: [{ style: 'paragraph', text: 'Le Canada appuie le renforcement du système d’asile.' }]
}

const keyMessage: ParagraphOptions = { kind: 'keyMessage', partnerId: '', topic: '', language: 'en' }

describe('picking paragraphs from Word', () => {
  it('offers body text, not headings or empty paragraphs', () => {
    expect(brief.paragraphs.map(isPickable)).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      false,
      true,
      false
    ])
  })

  it('finds the paragraphs under a heading, down to the next heading of its level or higher', () => {
    expect(paragraphsUnder(brief.paragraphs, 0)).toEqual([])
    expect(paragraphsUnder(brief.paragraphs, 1)).toEqual([2, 3])
    // A level-1 heading takes its subheadings' paragraphs too.
    expect(paragraphsUnder(brief.paragraphs, 4)).toEqual([6, 9, 11])
    expect(paragraphsUnder(brief.paragraphs, 5)).toEqual([6, 9])
    expect(paragraphsUnder(brief.paragraphs, 8)).toEqual([9])
    expect(paragraphsUnder(brief.paragraphs, 12)).toEqual([])
    // Not a heading: nothing is under it.
    expect(paragraphsUnder(brief.paragraphs, 2)).toEqual([])
  })

  it('picks with the defaults, keeps the options of paragraphs already picked, and unpicks', () => {
    let picked = pick(new Map(), [paragraphKey(0, 2)], keyMessage)
    picked = setOptions(picked, paragraphKey(0, 2), { kind: 'irritant' })
    picked = pick(picked, [paragraphKey(0, 2), paragraphKey(0, 3)], { ...keyMessage, language: 'fr' })
    expect(picked.get('0:2')).toEqual({ ...keyMessage, kind: 'irritant' })
    expect(picked.get('0:3')).toEqual({ ...keyMessage, language: 'fr' })
    expect([...unpick(picked, ['0:2']).keys()]).toEqual(['0:3'])
    const all = setAll(picked, { kind: 'backgroundNote', partnerId: 'mexico', topic: 'asylum', language: 'en' })
    expect([...all.values()].every((options) => options.kind === 'backgroundNote')).toBe(true)
  })

  it('turns the picks into saveDrafts selections, in document order, trimmed, without empty options', () => {
    let picked = pick(new Map(), ['1:0', '0:9', '0:2'], keyMessage)
    picked = setOptions(picked, '0:9', { kind: 'irritant', partnerId: 'mexico', topic: 'visas' })
    picked = setOptions(picked, '1:0', { kind: 'backgroundNote', language: 'fr', topic: 'asylum' })
    const selections = toSelections([brief, notes], picked)
    expect(selections).toEqual([
      { text: 'Canada values its partnership with Mexico.', kind: 'keyMessage', language: 'en' },
      {
        text: 'If raised: Canada understands how much timely decisions matter.',
        kind: 'irritant',
        language: 'en',
        partnerId: 'mexico',
        topic: 'visas'
      },
      {
        text: 'Le Canada appuie le renforcement du système d’asile.',
        kind: 'backgroundNote',
        language: 'fr',
        topic: 'asylum'
      }
    ])
    // Each is what the contract accepts.
    for (const selection of selections) expect(paragraphSelectionSchema.safeParse(selection).success).toBe(true)
  })

  it('never sends a heading or an empty paragraph, even if its key was picked', () => {
    const picked = pick(new Map(), ['0:0', '0:7', '0:6'], keyMessage)
    expect(toSelections([brief], picked).map((selection) => selection.text)).toEqual([
      'Processing times are a frequent complaint.'
    ])
  })
})

describe('guessing the language of a document', () => {
  it('tells English from French by their common words, and falls back when it cannot tell', () => {
    expect(
      guessLanguage(
        brief.paragraphs.map((p) => p.text),
        'fr'
      )
    ).toBe('en')
    expect(
      guessLanguage(
        ['Le Canada appuie le renforcement du système d’asile et les échanges avec la COMAR dans la région.'],
        'en'
      )
    ).toBe('fr')
    expect(guessLanguage(['COMAR', 'Mexico City'], 'fr')).toBe('fr')
    expect(guessLanguage([], 'en')).toBe('en')
  })
})
