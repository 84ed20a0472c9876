import { describe, expect, it } from 'vitest'
import type { MeetingRecord } from '@shared/records'
import { exportRecord } from '../../../../src/main/core/export'
import { recordFromBrief } from '../../../../src/main/core/records/record-from-brief'
import { defaultLibrary, options, paragraphTexts, part, parts } from './fixtures'
import { expectValidDocx } from './validate-docx'

// The record of the Mexico meeting as Word prints it: marked, the meeting and who attended, the
// points raised with what was said, those not raised, other points, and the commitments table.

const { lookup, mexico } = defaultLibrary()

function mexicoRecord(): MeetingRecord {
  const record = recordFromBrief(mexico, lookup, 'record-mexico', '2027-02-17T20:00:00.000Z')
  const [first, second, ...rest] = record.points
  return {
    ...record,
    attendees: { canada: record.attendees.canada, partner: record.attendees.partner.slice(0, 1) },
    summary: { en: 'A warm meeting.', fr: 'Une rencontre cordiale.' },
    points: [
      {
        ...first!,
        raised: 'raised',
        notes: { en: 'Mexico welcomed <this> & asked for "more".', fr: 'Le Mexique s’en est félicité.' }
      },
      { ...second!, raised: 'not-raised' },
      ...rest
    ],
    otherPoints: [
      {
        id: 'point-1',
        text: { en: 'Wait times for work permits.', fr: 'Délais des permis de travail.' },
        draftItemId: null
      }
    ],
    commitments: [
      {
        id: 'c-1',
        text: { en: 'Send the training calendar', fr: 'Envoyer le calendrier des formations' },
        side: 'canada',
        owner: 'IRCC',
        due: '2026-11-01',
        status: 'open',
        doneOn: ''
      },
      {
        id: 'c-2',
        text: { en: 'Share the 2026 figures', fr: 'Communiquer les chiffres de 2026' },
        side: 'partner',
        owner: 'COMAR',
        due: '',
        status: 'done',
        doneOn: '2026-11-20'
      }
    ]
  }
}

async function recordTexts(record: MeetingRecord, language: 'en' | 'fr' | 'bilingual') {
  const bytes = await exportRecord(record, lookup, options({ language }))
  await expectValidDocx(bytes, `Mexico record (${language})`)
  return { texts: paragraphTexts(part(bytes, 'word/document.xml')), bytes }
}

describe('the record of discussion in Word', () => {
  it('prints the meeting, the attendees, the points raised and not, other points and the commitments', async () => {
    const record = mexicoRecord()
    const { texts, bytes } = await recordTexts(record, 'en')
    expect(texts[0]).toBe(record.title.en)
    for (const heading of [
      'Attendees',
      'Summary',
      'Points discussed',
      'Other points raised by the counterpart',
      'Commitments'
    ])
      expect(texts).toContain(heading)
    expect(texts).toContain(`Key message · ${record.points[0]!.title.en}`)
    // Markup-like text stays literal; typography curls the quotes.
    expect(texts.some((text) => text.startsWith('Mexico welcomed <this> & asked for'))).toBe(true)
    expect(texts.find((text) => text.startsWith('Not raised:'))).toBe(`Not raised: ${record.points[1]!.title.en}`)
    expect(texts.some((text) => text.startsWith('Not recorded:'))).toBe(true)
    expect(texts).toContain('Wait times for work permits.')
    // The table: what, who, by when, where it stands (overdue on the export's day, Nov 26, 2026).
    for (const cell of [
      'Send the training calendar',
      'Canada, IRCC',
      'November 1, 2026',
      'Overdue',
      'Counterpart, COMAR',
      'No date set',
      'Done'
    ])
      expect(texts).toContain(cell)
    // Marked in header and footer like the brief it comes from.
    const frame = Object.keys(parts(bytes)).filter((name) => /^word\/(header|footer)\d*\.xml$/.test(name))
    expect(frame.length).toBeGreaterThanOrEqual(2)
    for (const name of frame) expect(part(bytes, name)).toContain('PROTECTED A')
    expect(part(bytes, 'docProps/core.xml')).toContain('Record of discussion exported from Dossier')
  })

  it('prints French alone, and both side by side', async () => {
    const record = mexicoRecord()
    const french = (await recordTexts(record, 'fr')).texts
    // French typography: a no-break space before the colon, a curled apostrophe.
    expect(french[0]).toMatch(/^Compte rendu\u202f?\u00a0?: Rencontre bilatérale avec le Mexique .* d’asile$/)
    for (const word of ['Participants', 'Points abordés', 'Engagements', 'En retard', 'Réalisé', 'Aucune date fixée'])
      expect(french).toContain(word)
    expect(french.join('\n')).not.toContain('Commitments')
    const both = (await recordTexts(record, 'bilingual')).texts
    expect(both).toContain('Commitments')
    expect(both).toContain('Engagements')
  })

  it('leaves out what the record does not hold', async () => {
    const record = { ...mexicoRecord(), summary: { en: '', fr: '' }, otherPoints: [], commitments: [], points: [] }
    const { texts } = await recordTexts(record, 'en')
    for (const heading of ['Summary', 'Points discussed', 'Other points raised by the counterpart', 'Commitments'])
      expect(texts).not.toContain(heading)
  })

  it('is never marked lower than an item its points name', async () => {
    const record = { ...mexicoRecord(), marking: 'UNCLASSIFIED' as const }
    const { bytes } = await recordTexts(record, 'en')
    // The Mexico brief holds Protected A items, and the record names them.
    expect(part(bytes, 'word/header1.xml')).toContain('PROTECTED A')
  })
})
