import { describe, expect, it } from 'vitest'
import { recordLanguageGaps } from '@shared/record-gaps'
import type { MeetingRecord, RecordPoint } from '@shared/records'

const both = (en: string, fr: string) => ({ en, fr })

function point(raised: RecordPoint['raised'], notes: { en: string; fr: string }): RecordPoint {
  return { id: `point-${raised}`, kind: 'keyMessage', itemId: 'km-x', title: both('Visas', 'Visas'), raised, notes }
}

// Only the fields the rule reads: the record's own texts.
function record(overrides: Partial<MeetingRecord>): MeetingRecord {
  return {
    title: both('Record', 'Compte rendu'),
    summary: both('', ''),
    points: [],
    otherPoints: [],
    commitments: [],
    ...overrides
  } as MeetingRecord
}

describe('texts a record export would print in the other language', () => {
  it('names each text written in one language only, for the export’s languages', () => {
    const gaps = recordLanguageGaps(
      record({
        summary: both('', 'Rencontre cordiale.'),
        otherPoints: [{ id: 'o1', text: both('Wait times', ''), draftItemId: null }]
      }),
      'bilingual'
    )
    expect(gaps).toEqual([
      { field: 'summary', language: 'en' },
      { field: 'otherPoint', index: 0, language: 'fr' }
    ])
    expect(recordLanguageGaps(record({ summary: both('', 'Rencontre cordiale.') }), 'fr')).toEqual([])
  })

  it('reads what was said only on the points raised, which alone print it; an empty text is no gap', () => {
    const points = [point('not-raised', both('Left for next time', '')), point('raised', both('COMAR agreed', ''))]
    expect(recordLanguageGaps(record({ points }), 'fr')).toEqual([
      { field: 'notes', index: 1, title: both('Visas', 'Visas'), language: 'fr' }
    ])
    expect(recordLanguageGaps(record({ summary: both('', '') }), 'en')).toEqual([])
  })
})
