// A brief can be well formed and still unfinished: no objectives, a section with nothing in it, a
// meeting with no date, time or place, people not yet named. A director would send the first back
// (it blocks export) and ask about the others (they warn).
import { describe, expect, it } from 'vitest'
import { briefChecks } from '@shared/brief-rules'
import { isEmptySection } from '@shared/brief-completeness'
import type { Brief, Participant } from '@shared/entities'

const person = (name: string): Participant => ({
  name,
  title: { en: 'Director', fr: 'Directrice' },
  organization: { en: 'IRCC', fr: 'IRCC' },
  personId: null
})

function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    id: 'brief-test',
    title: { en: 'Talks', fr: 'Entretiens' },
    template: 'bilateral',
    language: 'bilingual',
    marking: 'UNCLASSIFIED',
    meeting: { date: '2027-01-10', time: '10:00', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' },
    partnerIds: [],
    participants: { canada: [person('A. Martin')], partner: [person('J. Pérez')] },
    objectives: { en: 'Agree next steps.', fr: 'Convenir des prochaines étapes.' },
    sections: [
      { id: 'sec-details', kind: 'meeting-details', title: { en: 'Details', fr: 'Détails' }, items: [] },
      { id: 'sec-people', kind: 'participants', title: { en: 'Participants', fr: 'Participants' }, items: [] }
    ],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides
  }
}

const checks = (value: Brief) =>
  briefChecks(value, () => undefined, '2027-01-01').map((check) => ({
    code: check.code,
    blocking: check.blocking,
    sectionId: check.sectionId,
    field: check.field,
    detail: check.detail
  }))

describe('the brief’s own gaps', () => {
  it('finds nothing in a finished brief', () => {
    expect(checks(brief())).toEqual([])
  })

  it('stops the export when the brief has no objectives, leading to the objectives in the brief’s first language', () => {
    expect(checks(brief({ objectives: { en: ' ', fr: '' }, language: 'fr' }))).toEqual([
      { code: 'no-objectives', blocking: true, sectionId: 'sec-details', field: 'objectives', detail: 'fr' }
    ])
  })

  it('warns, without stopping the export, for a meeting with no date, time or place', () => {
    const open = brief({ meeting: { date: '', time: '', place: { en: '', fr: '' }, format: 'bilateral' } })
    expect(checks(open)).toEqual([
      { code: 'no-meeting-date', blocking: false, sectionId: 'sec-details', field: 'meeting.date', detail: null },
      { code: 'no-meeting-time', blocking: false, sectionId: 'sec-details', field: 'meeting.time', detail: null },
      { code: 'no-meeting-place', blocking: false, sectionId: 'sec-details', field: 'meeting.place', detail: 'en' }
    ])
  })

  it('warns for each participant still to be confirmed and for a side with nobody listed', () => {
    const people = brief({ participants: { canada: [], partner: [person('J. Pérez'), person('  ')] } })
    expect(checks(people)).toEqual([
      {
        code: 'no-participants',
        blocking: false,
        sectionId: 'sec-people',
        field: 'participants.canada',
        detail: 'canada'
      },
      {
        code: 'participant-to-be-confirmed',
        blocking: false,
        sectionId: 'sec-people',
        field: 'participants.partner.1.name',
        detail: 'partner'
      }
    ])
  })

  it('asks nothing about people when the brief has no participants section to print them in', () => {
    const value = brief({ participants: { canada: [person('')], partner: [] } })
    expect(checks({ ...value, sections: value.sections.slice(0, 1) })).toEqual([])
  })

  it('warns that an empty section will be left out, naming it; the details section is never empty', () => {
    const value = brief({
      participants: { canada: [], partner: [] },
      sections: [
        { id: 'sec-details', kind: 'meeting-details', title: { en: 'Details', fr: 'Détails' }, items: [] },
        { id: 'sec-annex', kind: 'annexes', title: { en: 'Annexes', fr: 'Annexes' }, items: [] },
        { id: 'sec-people', kind: 'participants', title: { en: 'Participants', fr: 'Participants' }, items: [] }
      ]
    })
    const found = briefChecks(value, () => undefined, '2027-01-01')
    expect(found.map((check) => [check.code, check.sectionId, check.blocking, check.field, check.title.en])).toEqual([
      ['empty-section', 'sec-annex', false, undefined, 'Annexes'],
      ['empty-section', 'sec-people', false, undefined, 'Participants']
    ])
  })

  it('counts a participants section as filled when it lists people, even without items', () => {
    const value = brief()
    const [details, people] = value.sections
    expect(isEmptySection(details!, value)).toBe(false)
    expect(isEmptySection(people!, value)).toBe(false)
    expect(isEmptySection(people!, brief({ participants: { canada: [], partner: [] } }))).toBe(true)
  })
})
