// The brief's own texts (title, place, objectives, participants' titles and organizations,
// section titles) are printed in the export's language like library items: written in one
// language only, they must stop a French or English export the same way.
import { describe, expect, it } from 'vitest'
import { briefChecks } from '@shared/brief-rules'
import type { Brief } from '@shared/entities'
import { alignText } from '@shared/translation'

const none = { en: '', fr: '' }

function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    id: 'brief-test',
    title: { en: 'Talks', fr: 'Entretiens' },
    template: 'bilateral',
    language: 'bilingual',
    marking: 'UNCLASSIFIED',
    meeting: { date: '2027-01-10', time: '', place: { en: 'Mexico City', fr: '' }, format: 'bilateral' },
    partnerIds: [],
    participants: {
      canada: [
        {
          name: 'A. Martin',
          title: { en: '', fr: 'Directrice' },
          organization: { en: 'IRCC', fr: 'IRCC' },
          personId: null
        }
      ],
      partner: [
        { name: '', title: { en: 'Head of COMAR', fr: 'Chef de la COMAR' }, organization: none, personId: null }
      ]
    },
    objectives: none,
    sections: [
      { id: 'sec-details', kind: 'meeting-details', title: { en: 'Meeting details', fr: 'Détails' }, items: [] },
      { id: 'sec-people', kind: 'participants', title: { en: 'Participants', fr: '' }, items: [] }
    ],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides
  }
}

const fieldChecks = (value: Brief) =>
  briefChecks(value, () => undefined, '2027-01-01')
    .filter((check) => check.code === 'missing-language')
    .map((check) => [check.field, check.detail, check.sectionId, check.blocking])

describe('checks on the brief’s own texts', () => {
  it('names each text written in one language only, with the language missing and its section, as must-fix', () => {
    expect(fieldChecks(brief())).toEqual([
      ['meeting.place', 'fr', 'sec-details', true],
      ['participants.canada.0.title', 'en', 'sec-people', true],
      ['sections.1.title', 'fr', 'sec-people', true]
    ])
  })

  it('asks only for the languages the brief is exported in', () => {
    expect(fieldChecks(brief({ language: 'en' }))).toEqual([['participants.canada.0.title', 'en', 'sec-people', true]])
    expect(fieldChecks(brief({ language: 'fr' })).map(([field]) => field)).toEqual([
      'meeting.place',
      'sections.1.title'
    ])
  })

  it('leaves empty texts alone: an unknown place prints "to be confirmed" in both languages', () => {
    const complete = brief({
      meeting: { date: '2027-01-10', time: '', place: none, format: 'bilateral' },
      participants: { canada: [], partner: [] },
      sections: []
    })
    expect(fieldChecks(complete)).toEqual([])
  })

  it('checks the title, which has no section', () => {
    expect(fieldChecks(brief({ language: 'fr', title: { en: 'Talks', fr: '' }, sections: [] }))).toEqual([
      ['title', 'fr', '', true],
      ['meeting.place', 'fr', '', true]
    ])
  })
})

describe("the brief's own texts out of step", () => {
  // The objectives were written in both languages, then only their English was edited.
  const before = { en: 'Agree on next steps.', fr: 'Convenir des prochaines étapes.' }
  const objectives = alignText({ ...before, en: 'Agree on next steps for 2027.' }, before)

  const outOfStep = (language: Brief['language']) =>
    briefChecks(brief({ language, objectives }), () => undefined, '2026-12-04').filter(
      (check) => check.code === 'translation-out-of-step'
    )

  it('stop a French or bilingual export, naming the field and the language to update', () => {
    for (const language of ['fr', 'bilingual'] as const) {
      expect(outOfStep(language)).toEqual([
        expect.objectContaining({ field: 'objectives', detail: 'fr', blocking: true, sectionId: 'sec-details' })
      ])
    }
  })

  it('are worth a look only in an English export, and gone once the French is edited too', () => {
    expect(outOfStep('en')).toEqual([expect.objectContaining({ field: 'objectives', blocking: false })])
    const both = alignText({ en: objectives.en, fr: 'Convenir des prochaines étapes pour 2027.' }, objectives)
    const checks = briefChecks(brief({ language: 'fr', objectives: both }), () => undefined, '2026-12-04')
    expect(checks.filter((check) => check.code === 'translation-out-of-step')).toEqual([])
  })
})
