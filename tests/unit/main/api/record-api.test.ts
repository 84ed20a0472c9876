import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Irritant } from '@shared/entities'
import type { MeetingRecord } from '@shared/records'
import type { ApiTable } from '../../../../src/main/api'
import { openTestApi, tempDataDir, testFileHost, value } from './test-api'

// "Record the meeting" and what follows: a record pre-filled from the Mexico brief, commitments
// followed across partners, points raised made draft irritants, and the next brief for Mexico
// opening on what was said and promised.

const MEXICO_BRIEF = 'brief-mexico-asylum-capacity'

let dataDir: { dir: string; remove: () => Promise<void> }
let api: ApiTable

beforeEach(async () => {
  dataDir = await tempDataDir()
  api = await openTestApi(dataDir.dir)
})
afterEach(() => dataDir.remove())

async function recorded(): Promise<MeetingRecord> {
  return value(await api['records.createFromBrief']({ briefId: MEXICO_BRIEF }))
}

async function save(record: MeetingRecord): Promise<MeetingRecord> {
  return value(await api['records.save']({ record, expectedUpdatedAt: record.updatedAt }))
}

function withTwoCommitments(record: MeetingRecord): MeetingRecord {
  return {
    ...record,
    summary: {
      en: 'A warm meeting; COMAR asked for more training.',
      fr: 'Rencontre cordiale; la COMAR a demandé plus de formation.'
    },
    commitments: [
      {
        id: 'commitment-training',
        text: { en: 'Send the training calendar', fr: 'Envoyer le calendrier des formations' },
        side: 'canada',
        owner: 'IRCC International Affairs',
        due: '2026-11-01',
        status: 'open',
        doneOn: ''
      },
      {
        id: 'commitment-data',
        text: { en: 'Share asylum statistics for 2026', fr: 'Communiquer les statistiques sur l’asile de 2026' },
        side: 'partner',
        owner: 'COMAR',
        due: '2027-06-30',
        status: 'open',
        doneOn: ''
      }
    ]
  }
}

describe('records of discussion', () => {
  it('pre-fills a record from the brief: the meeting, the people expected and every point it carried', async () => {
    const brief = value(await api['briefs.get']({ id: MEXICO_BRIEF }))
    const record = await recorded()
    expect(record.briefId).toBe(MEXICO_BRIEF)
    expect(record.title.en).toBe(`Record of discussion: ${brief.title.en}`)
    expect(record.title.fr).toBe(`Compte rendu : ${brief.title.fr}`)
    expect(record.meeting).toEqual(brief.meeting)
    expect(record.marking).toBe(brief.marking)
    expect(record.attendees).toEqual(brief.participants)
    const placed = brief.sections.flatMap((section) =>
      section.items.flatMap((item) =>
        item.type === 'library' && (item.kind === 'keyMessage' || item.kind === 'irritant') ? [item.itemId] : []
      )
    )
    expect(record.points.map((point) => point.itemId)).toEqual([...new Set(placed)])
    expect(record.points.every((point) => point.raised === 'not-noted')).toBe(true)
    expect(value(await api['records.list']({})).map((each) => each.id)).toEqual([record.id])
  })

  it('keeps what was saved, and refuses a save over a newer one', async () => {
    const record = await recorded()
    const saved = await save(withTwoCommitments(record))
    expect(value(await api['records.get']({ id: record.id })).commitments).toHaveLength(2)
    // The clock is fixed, so a window that opened the record earlier is one holding an older stamp.
    const stale = await api['records.save']({
      record: { ...record, summary: { en: 'old', fr: '' } },
      expectedUpdatedAt: '2026-11-01T00:00:00.000Z'
    })
    expect(stale.ok).toBe(false)
    if (!stale.ok) expect(stale.error.code).toBe('conflict')
    expect(value(await api['records.get']({ id: record.id })).summary).toEqual(saved.summary)
  })

  it('refuses a record that is not valid, in words that name the field', async () => {
    const record = await recorded()
    const result = await api['records.save']({
      record: { ...record, commitments: [{ ...withTwoCommitments(record).commitments[0]!, due: '31/12/2026' }] }
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input')
      expect(result.error.message).toContain('commitments.0.due')
    }
  })

  it('marks a commitment done with the day, and open again', async () => {
    const record = await save(withTwoCommitments(await recorded()))
    const done = value(
      await api['records.setCommitmentStatus']({
        recordId: record.id,
        commitmentId: 'commitment-training',
        status: 'done'
      })
    )
    expect(done.commitments[0]).toMatchObject({ status: 'done', doneOn: '2026-11-26' })
    const reopened = value(
      await api['records.setCommitmentStatus']({
        recordId: record.id,
        commitmentId: 'commitment-training',
        status: 'open'
      })
    )
    expect(reopened.commitments[0]).toMatchObject({ status: 'open', doneOn: '' })
    const unknown = await api['records.setCommitmentStatus']({
      recordId: record.id,
      commitmentId: 'nope',
      status: 'done'
    })
    expect(unknown.ok).toBe(false)
  })

  it('shows the commitments in the partner’s meetings, overdue first, with its timeline newest first', async () => {
    const record = await save(withTwoCommitments(await recorded()))
    const { timeline, commitments } = value(await api['records.partnerMeetings']({ partnerId: 'partner-mexico' }))
    expect(commitments.map((row) => [row.commitment.id, row.state])).toEqual([
      ['commitment-training', 'overdue'],
      ['commitment-data', 'open']
    ])
    // The record and its brief share the meeting's date: the record comes first.
    expect(timeline.slice(0, 2).map((entry) => [entry.type, entry.id])).toEqual([
      ['record', record.id],
      ['brief', MEXICO_BRIEF]
    ])
    const other = value(await api['records.partnerMeetings']({ partnerId: 'partner-united-states' }))
    expect(other.commitments).toEqual([])
  })

  it('starts the next brief for Mexico with the previous meeting and its commitments', async () => {
    await save(withTwoCommitments(await recorded()))
    const brief = value(
      await api['briefs.create']({
        template: 'bilateral',
        title: { en: 'Follow-up with Mexico', fr: 'Suivi avec le Mexique' },
        language: 'bilingual',
        marking: 'UNCLASSIFIED',
        meeting: { date: '2027-05-04', time: '', place: { en: '', fr: '' }, format: 'bilateral' },
        partnerIds: ['partner-mexico'],
        participants: { canada: [], partner: [] },
        objectives: { en: '', fr: '' }
      })
    )
    const index = brief.sections.findIndex((section) => section.kind === 'previous-meetings')
    expect(brief.sections[index - 1]?.kind).toBe('meeting-details')
    const section = brief.sections[index]!
    expect(section.title).toEqual({
      en: 'Previous meetings and commitments',
      fr: 'Réunions précédentes et engagements'
    })
    const texts = section.items.map((item) => (item.type === 'text' ? item.text : { en: '', fr: '' }))
    expect(texts[0]!.en).toContain('February 17, 2027')
    expect(texts[0]!.en).toContain('A warm meeting')
    expect(texts[1]!.en).toBe(
      '- Overdue (Canada, IRCC International Affairs, due November 1, 2026): Send the training calendar'
    )
    expect(texts[1]!.fr).toBe(
      '- En retard (Canada, IRCC International Affairs, échéance : 1er novembre 2026) : Envoyer le calendrier des formations'
    )
    expect(texts[2]!.en).toContain('Open (Counterpart, COMAR')
    // The officer trims it like any text of the brief, and the brief saves.
    const trimmed = {
      ...brief,
      sections: brief.sections.map((each, at) => (at === index ? { ...each, items: each.items.slice(0, 2) } : each))
    }
    expect((await api['briefs.save']({ brief: trimmed, expectedUpdatedAt: brief.updatedAt })).ok).toBe(true)
  })

  it('starts a brief for a partner without records as the template has it', async () => {
    await save(withTwoCommitments(await recorded()))
    const brief = value(
      await api['briefs.create']({
        template: 'bilateral',
        title: { en: 'With the United States', fr: 'Avec les États-Unis' },
        language: 'en',
        marking: 'UNCLASSIFIED',
        meeting: { date: '2027-05-04', time: '', place: { en: '', fr: '' }, format: 'bilateral' },
        partnerIds: ['partner-united-states'],
        participants: { canada: [], partner: [] },
        objectives: { en: '', fr: '' }
      })
    )
    expect(brief.sections.some((section) => section.kind === 'previous-meetings')).toBe(false)
  })

  it('makes a point the counterpart raised a draft irritant, once, linked to the record', async () => {
    const record = await save({
      ...(await recorded()),
      otherPoints: [
        {
          id: 'point-wait-times',
          text: { en: 'Wait times for work permits in Mexico City are too long.', fr: '' },
          draftItemId: null
        }
      ]
    })
    const { record: linked, item } = value(
      await api['records.draftFromPoint']({ recordId: record.id, pointId: 'point-wait-times' })
    )
    const irritant = item as Irritant
    expect(irritant.status).toBe('draft')
    expect(irritant.title.en).toBe('Wait times for work permits in Mexico City are too long.')
    expect(irritant.context.en).toBe('Wait times for work permits in Mexico City are too long.')
    expect(irritant.partnerIds).toEqual(record.partnerIds)
    expect(irritant.marking).toBe(record.marking)
    expect(irritant.source.document.en).toBe(record.title.en)
    expect(linked.otherPoints[0]!.draftItemId).toBe(irritant.id)
    // Asked again, it answers with the same item rather than a second draft.
    const again = value(await api['records.draftFromPoint']({ recordId: record.id, pointId: 'point-wait-times' }))
    expect(again.item.id).toBe(irritant.id)
    const drafts = value(await api['library.list']({ kind: 'irritant' })).filter(
      (each) => each.status === 'draft' && each.id === irritant.id
    )
    expect(drafts).toHaveLength(1)
    // Found by search like any item written in the library screen.
    const found = value(await api['library.search']({ query: 'work permits wait times' }))
    expect(found.hits.map((hit) => hit.item.id)).toContain(irritant.id)
  })

  it('refuses to draft an empty point', async () => {
    const record = await save({
      ...(await recorded()),
      otherPoints: [{ id: 'point-empty', text: { en: ' ', fr: '' }, draftItemId: null }]
    })
    const result = await api['records.draftFromPoint']({ recordId: record.id, pointId: 'point-empty' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('invalid-input')
  })

  it('deletes a record and puts it back', async () => {
    const record = await recorded()
    value(await api['records.delete']({ id: record.id }))
    expect(value(await api['records.list']({}))).toEqual([])
    expect(value(await api['records.reinstate']({ id: record.id })).id).toBe(record.id)
    expect(value(await api['records.list']({})).map((each) => each.id)).toEqual([record.id])
  })

  it('refuses to export in a language a text of the record lacks, before asking where to save', async () => {
    const files = testFileHost()
    const withHost = await openTestApi(dataDir.dir, files)
    const record = value(await withHost['records.createFromBrief']({ briefId: MEXICO_BRIEF }))
    const frenchOnly = {
      ...withTwoCommitments(record),
      summary: { en: '', fr: 'Rencontre cordiale.' },
      language: 'fr' as const
    }
    value(await withHost['records.save']({ record: frenchOnly, expectedUpdatedAt: record.updatedAt }))
    files.saveTo = `${dataDir.dir}/record.docx`
    for (const language of ['en', 'bilingual'] as const) {
      const refused = await withHost['export.record']({ recordId: record.id, language })
      expect(refused).toMatchObject({ ok: false, error: { code: 'export-blocked' } })
      if (!refused.ok) expect(refused.error.message).toContain('summary (English)')
    }
    expect(files.suggested).toEqual([])
    // In French, the language every text has, it is exported.
    expect(value(await withHost['export.record']({ recordId: record.id, language: 'fr' }))).toMatchObject({
      path: `${dataDir.dir}/record.docx`
    })
  })

  it('keeps records across a restart', async () => {
    const record = await save(withTwoCommitments(await recorded()))
    const again = await openTestApi(dataDir.dir)
    expect(value(await again['records.get']({ id: record.id })).commitments).toHaveLength(2)
  })
})
