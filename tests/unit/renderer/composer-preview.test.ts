import { describe, expect, it } from 'vitest'
import { buildPreviewModel } from '@renderer/features/briefs/preview/preview-model'
import type { PreviewBlock } from '@renderer/features/briefs/preview/preview-model'
import { createResolveCache } from '@renderer/features/briefs/preview/resolve-cache'
import { setIrritantRow, setOverride } from '@renderer/features/briefs/outline/outline-ops'
import { composerBrief, irritant, keyMessage, lookupOf, placed } from './composer-fixtures'
import { partner } from './fixtures'

const TODAY = '2026-11-26'
const kmA = keyMessage('km-a', 'First message.')
// km-b changed after it was placed at version 1.
const kmB = keyMessage('km-b', 'Second message, revised.', {
  version: 2,
  history: [{ ...keyMessage('km-b', 'Second message.'), version: 1 }]
})
const library = lookupOf([
  { kind: 'keyMessage', item: kmA },
  { kind: 'keyMessage', item: kmB },
  { kind: 'irritant', item: irritant('irr-visa') },
  { kind: 'partner', item: partner({ id: 'mexico', name: { en: 'Mexico', fr: 'Mexique' } }) }
])

const blocks = (sectionIndex: number, brief = composerBrief()) =>
  buildPreviewModel(brief, library, TODAY).sections[sectionIndex]?.blocks ?? []

describe('preview model', () => {
  it('numbers key messages from 1 in their section, with the text the brief placed', () => {
    const [first, second] = blocks(0)
    expect(first).toMatchObject({ type: 'numbered', number: 1, text: { en: 'First message.' } })
    // The brief shows the version it placed, and flags the newer library text.
    expect(second).toMatchObject({
      type: 'numbered',
      number: 2,
      text: { en: 'Second message.' },
      flags: { outOfDate: true }
    })
  })

  it('prints irritants with their context and one "If raised:" line per line for the meeting’s partners', () => {
    const [visa] = blocks(1) as Extract<PreviewBlock, { type: 'irritant' }>[]
    expect(visa?.context.en).toBe('Partners raise delays.')
    expect(visa?.lines).toEqual([
      { lineId: 'general', target: null, text: { en: 'We are hiring.', fr: 'Nous embauchons.' } },
      {
        lineId: 'mx',
        target: { en: 'Mexico', fr: 'Mexique' },
        text: { en: 'Mexico files move faster.', fr: 'Les dossiers du Mexique avancent.' }
      }
    ])
  })

  it('prints each line in the brief once, as edited, blank lines and all; a line left out is not printed', () => {
    let brief = setIrritantRow(composerBrief(), 'i3', 'general', { included: false }, true)
    brief = setIrritantRow(
      brief,
      'i3',
      'mx',
      { override: { en: 'First.\n\nSecond.', fr: 'Premier.\n\nDeuxième.' } },
      true
    )
    const [visa] = blocks(1, brief) as Extract<PreviewBlock, { type: 'irritant' }>[]
    expect(visa?.lines).toEqual([
      {
        lineId: 'mx',
        target: { en: 'Mexico', fr: 'Mexique' },
        text: { en: 'First.\n\nSecond.', fr: 'Premier.\n\nDeuxième.' }
      }
    ])
    expect(visa?.flags.edited).toBe(true)
    // The context row edited on its own.
    brief = setIrritantRow(brief, 'i3', null, { override: { en: 'Our context.', fr: 'Notre contexte.' } }, true)
    expect((blocks(1, brief)[0] as Extract<PreviewBlock, { type: 'irritant' }>).context.fr).toBe('Notre contexte.')
  })

  it('shows an edit made in the brief and flags it', () => {
    const brief = setOverride(composerBrief(), 'i1', { en: 'Our own words.', fr: 'Nos propres mots.' })
    expect(blocks(0, brief)[0]).toMatchObject({
      text: { en: 'Our own words.' },
      flags: { edited: true, outOfDate: false }
    })
  })

  it('has one column for a brief in one language and two, English first, for a bilingual one', () => {
    expect(buildPreviewModel(composerBrief({ language: 'fr' }), library, TODAY).languages).toEqual(['fr'])
    const bilingual = buildPreviewModel(composerBrief({ language: 'bilingual' }), library, TODAY)
    expect(bilingual.languages).toEqual(['en', 'fr'])
    // The same array each time, so memoized blocks keep their columns.
    expect(buildPreviewModel(composerBrief({ language: 'bilingual' }), library, TODAY).languages).toBe(
      bilingual.languages
    )
  })

  it('puts the meeting details in the meeting-details section and flags items gone from the library', () => {
    const brief = composerBrief({
      sections: [
        {
          id: 'sec-md',
          kind: 'meeting-details',
          title: { en: 'Details', fr: 'Détails' },
          items: [placed('gone', 'keyMessage', 'km-gone')]
        }
      ]
    })
    const [section] = buildPreviewModel(brief, library, TODAY).sections
    expect(section?.details).toMatchObject({
      place: { en: 'Mexico City', fr: 'Mexico' },
      time: '09:30',
      marking: 'UNCLASSIFIED'
    })
    expect(section?.blocks[0]?.flags.missing).toBe(true)
  })

  it('with the cache, rebuilding after one edit reuses every other item’s resolved text', () => {
    const resolve = createResolveCache()
    const before = buildPreviewModel(composerBrief(), library, TODAY, resolve)
    const brief = setOverride(composerBrief(), 'i1', { en: 'Edited.', fr: 'Modifié.' })
    const again = buildPreviewModel(brief, library, TODAY, resolve)
    const text = (model: typeof before, index: number) => {
      const block = model.sections[0]?.blocks[index]
      return block?.type === 'numbered' ? block.text : null
    }
    // composerBrief() makes new item objects, so compare a rebuild of the same brief.
    const same = buildPreviewModel(brief, library, TODAY, resolve)
    expect(text(same, 1)).toBe(text(again, 1))
    expect(text(again, 0)).toEqual({ en: 'Edited.', fr: 'Modifié.' })
    expect(text(before, 0)).toEqual({ en: 'First message.', fr: 'First message. (fr)' })
  })
})
