import { describe, expect, it } from 'vitest'
import { alignRecord, confirmedInStep, recordTranslation, textsToUpdate } from '@shared/align-records'
import { textFingerprint } from '@shared/fingerprint'
import { bilingualTextSchema } from '@shared/languages'
import { alignText, markedToUpdate, textState } from '@shared/translation'

const original = { en: 'Canada values the partnership.', fr: 'Le Canada tient au partenariat.' }
const newEnglish = 'Canada values the growing partnership.'
const newFrench = 'Le Canada tient au partenariat croissant.'

describe('the state of one bilingual text', () => {
  it('reads a text without a record as in step, and one side empty as missing rather than out of date', () => {
    expect(textState(original)).toBe('in-step')
    expect(textState({ en: 'Only English', fr: '  ' })).toBe('fr-missing')
    expect(textState({ en: '', fr: 'Seulement en français' })).toBe('en-missing')
    expect(textState({ en: '', fr: '' })).toBe('empty')
  })

  it('marks French as needing an update when only the English changed, and the reverse', () => {
    const englishEdited = alignText({ ...original, en: newEnglish }, original)
    expect(textState(englishEdited)).toBe('fr-needs-update')
    expect(englishEdited.aligned).toEqual({ en: textFingerprint(original.en), fr: textFingerprint(original.fr) })
    expect(textState(alignText({ ...original, fr: newFrench }, original))).toBe('en-needs-update')
  })

  it('keeps a translation typed over several saves in step, until its source changes', () => {
    // Autosave catches the French half typed: each save of it alone is the translation going on.
    let text = alignText({ en: original.en, fr: '' }, undefined)
    for (const typed of ['Le', 'Le Canada tient', original.fr]) {
      text = alignText({ en: original.en, fr: typed }, text)
      expect(textState(text)).toBe('in-step')
    }
    expect(text.aligned?.source).toBe('en')
    // A correction of the translation alone never marks its source.
    text = alignText({ ...text, fr: newFrench }, text)
    expect(textState(text)).toBe('in-step')
    // The source changing alone marks the translation, as for any text.
    const sourceEdited = alignText({ ...text, en: newEnglish }, text)
    expect(textState(sourceEdited)).toBe('fr-needs-update')
    expect(sourceEdited.aligned?.source).toBeUndefined()
    // From there the usual rule: editing the French brings them back in step.
    expect(textState(alignText({ ...sourceEdited, fr: original.fr }, sourceEdited))).toBe('in-step')
  })

  it('takes a French text translated into English the same way, English being the translation', () => {
    let text = alignText({ en: '', fr: original.fr }, undefined)
    text = alignText({ en: 'Canada', fr: original.fr }, text)
    text = alignText({ en: original.en, fr: original.fr }, text)
    expect(textState(text)).toBe('in-step')
    expect(textState(alignText({ ...text, fr: newFrench }, text))).toBe('en-needs-update')
  })

  it('accepts the translation record and refuses a source that is not a language', () => {
    const fingerprints = { en: textFingerprint('a'), fr: textFingerprint('b') }
    expect(
      bilingualTextSchema.safeParse({ en: 'a', fr: 'b', aligned: { ...fingerprints, source: 'fr' } }).success
    ).toBe(true)
    expect(
      bilingualTextSchema.safeParse({ en: 'a', fr: 'b', aligned: { ...fingerprints, source: 'de' } }).success
    ).toBe(false)
  })

  it('keeps the mark through further English edits, and clears it once the French is edited too', () => {
    const first = alignText({ ...original, en: newEnglish }, original)
    const again = alignText({ ...first, en: `${newEnglish} Again.` }, first)
    expect(textState(again)).toBe('fr-needs-update')
    const fixed = alignText({ en: again.en, fr: newFrench }, again)
    expect(textState(fixed)).toBe('in-step')
    expect(fixed.aligned).toBeUndefined()
  })

  it('clears when both languages change in one save, when the English goes back, and when confirmed', () => {
    expect(textState(alignText({ en: newEnglish, fr: newFrench }, original))).toBe('in-step')
    const edited = alignText({ ...original, en: newEnglish }, original)
    expect(textState(alignText({ ...edited, en: original.en }, edited))).toBe('in-step')
    expect(textState(alignText(edited, edited, true))).toBe('in-step')
  })

  it('takes no record from the text it is given: a new text is in step, a forged record is dropped', () => {
    const forged = { ...original, aligned: { en: textFingerprint('x'), fr: textFingerprint(original.fr) } }
    expect(textState(forged)).toBe('fr-needs-update')
    expect(alignText(forged, undefined).aligned).toBeUndefined()
    expect(alignText(forged, original).aligned).toBeUndefined()
  })

  it('does not count tidied spaces and line breaks as a change', () => {
    expect(textState(alignText({ ...original, en: `  ${original.en.replace(' ', '\n  ')} ` }, original))).toBe(
      'in-step'
    )
  })

  it('writing the second language of a one-language draft puts it in step', () => {
    expect(textState(alignText(original, { en: original.en, fr: '' }))).toBe('in-step')
  })

  it('a joined text marked for update clears when that language is edited, not when the other is', () => {
    const marked = markedToUpdate(original, 'fr')
    expect(textState(marked)).toBe('fr-needs-update')
    expect(textState(alignText({ ...marked, fr: newFrench }, marked))).toBe('in-step')
    expect(textState(alignText({ ...marked, en: newEnglish }, marked))).toBe('fr-needs-update')
  })

  it('the contract keeps the record and refuses one that is not a fingerprint', () => {
    const edited = alignText({ ...original, en: newEnglish }, original)
    expect(bilingualTextSchema.parse(edited)).toEqual(edited)
    expect(bilingualTextSchema.safeParse({ ...original, aligned: { en: 'nope', fr: 'nope' } }).success).toBe(false)
  })
})

describe('every text of a record', () => {
  const partner = {
    name: { en: 'Mexico', fr: 'Mexique' },
    keyFacts: [
      { label: { en: 'Visa', fr: 'Visa' }, value: { en: 'Required', fr: 'Requis' } },
      { label: { en: 'Youth mobility', fr: 'Mobilité des jeunes' }, value: { en: 'Yes', fr: 'Oui' } }
    ],
    people: [{ id: 'person-a', name: 'A', bio: { en: 'Minister.', fr: 'Ministre.' } }],
    history: [{ name: { en: 'Old', fr: 'Vieux' } }]
  }

  it('pairs texts by field, list entries by id, and entries without ids by what they still share', () => {
    const next = {
      ...partner,
      // A fact added in front, and the youth mobility fact's English value changed.
      keyFacts: [
        { label: { en: 'Students', fr: 'Étudiants' }, value: { en: 'Many', fr: 'Nombreux' } },
        partner.keyFacts[0]!,
        { ...partner.keyFacts[1]!, value: { en: 'Yes, since 2010', fr: 'Oui' } }
      ],
      people: [{ ...partner.people[0]!, bio: { en: 'Foreign minister.', fr: 'Ministre.' } }]
    }
    const aligned = alignRecord(next, partner)
    expect(textsToUpdate(aligned).map(({ path, language }) => [path, language])).toEqual([
      ['keyFacts.2.value', 'fr'],
      ['people.person-a.bio', 'fr']
    ])
    expect(recordTranslation(aligned)).toEqual({ needsUpdate: ['fr'], missing: [] })
    // Untouched parts keep their identity; earlier versions are left as they were.
    expect(aligned.name).toBe(partner.name)
    expect(aligned.history).toBe(partner.history)
    expect(textsToUpdate(confirmedInStep(aligned))).toEqual([])
  })

  it('an unchanged record comes back as the same object', () => {
    expect(alignRecord(partner, partner)).toBe(partner)
  })
})
