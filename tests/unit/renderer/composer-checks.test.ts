import { describe, expect, it } from 'vitest'
import { briefChecks } from '@shared/brief-rules'
import { checkRows } from '@renderer/features/briefs/checks/check-rows'
import type { CheckRow } from '@renderer/features/briefs/checks/check-rows'
import { filterBriefs } from '@renderer/features/briefs/list/brief-filter'
import { validateDraft, emptyDraft } from '@renderer/features/briefs/new/brief-draft'
import { composerBrief, irritant, keyMessage, lookupOf } from './composer-fixtures'
import { brief as baseBrief } from './fixtures'

describe('checks panel rows', () => {
  const library = lookupOf([
    { kind: 'keyMessage', item: keyMessage('km-a', 'A', { status: 'draft' }) },
    { kind: 'keyMessage', item: keyMessage('km-b', 'B', { reviewBy: '2026-01-01' }) },
    { kind: 'irritant', item: irritant('irr-visa') }
  ])

  // The brief's own gaps (objectives, date, people) are checked by brief-completeness.test.ts.
  const onItems = (rows: CheckRow[]) => rows.filter((row) => row.itemId !== '')

  it('lists blocking checks first, each naming its item and section and leading to the item', () => {
    const brief = composerBrief()
    const groups = checkRows(briefChecks(brief, library, '2026-11-26'), brief)
    expect(onItems(groups.blocking).map((row) => [row.code, row.itemId, row.detail, row.sectionTitle.en])).toEqual([
      ['marking-above-brief', 'i3', 'PROTECTED A', 'Irritants']
    ])
    expect(onItems(groups.advisory).map((row) => [row.code, row.itemId, row.title.en])).toEqual([
      ['draft', 'i1', 'Title km-a'],
      ['review-overdue', 'i2', 'Title km-b']
    ])
  })

  it('names free text by its first words, and flags a missing language of the brief', () => {
    const brief = composerBrief({
      language: 'bilingual',
      sections: [
        {
          id: 'sec-x',
          kind: 'custom',
          title: { en: 'Notes', fr: 'Notes' },
          items: [{ type: 'text', id: 't1', text: { en: 'Remember the gift for the host.', fr: '' } }]
        }
      ]
    })
    const { blocking } = checkRows(briefChecks(brief, library, '2026-11-26'), brief)
    expect(onItems(blocking)).toMatchObject([
      { code: 'missing-language', detail: 'fr', title: { en: 'Remember the gift for the host.' } }
    ])
  })
})

describe('checks panel rows on the brief itself', () => {
  it('puts missing objectives under must-fix and an empty section under worth a look, named by its title', () => {
    const brief = composerBrief({
      objectives: { en: '', fr: '' },
      sections: [{ id: 'sec-annex', kind: 'annexes', title: { en: 'Annexes', fr: 'Annexes' }, items: [] }]
    })
    const groups = checkRows(briefChecks(brief, lookupOf([]), '2026-11-26'), brief)
    expect(groups.blocking.map((row) => [row.code, row.field])).toEqual([['no-objectives', 'objectives']])
    expect(groups.advisory.find((row) => row.code === 'empty-section')).toMatchObject({
      sectionId: 'sec-annex',
      itemId: '',
      field: null,
      title: { en: 'Annexes' }
    })
  })
})

describe('brief list search and sort', () => {
  const names = new Map([['mexico', { en: 'Mexico', fr: 'Mexique' }]])
  const briefs = [
    baseBrief({
      id: 'b-old',
      title: { en: 'Talks in Ottawa', fr: '' },
      partnerIds: [],
      meeting: { date: '2025-05-01', time: '', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' }
    }),
    baseBrief({
      id: 'b-new',
      title: { en: 'Bilateral', fr: 'Rencontre bilatérale' },
      meeting: {
        date: '2026-12-03',
        time: '09:30',
        place: { en: 'Mexico City', fr: 'Ciudad de México' },
        format: 'bilateral'
      }
    })
  ]

  it('finds by title, place and partner names in both languages, accents and capitals aside', () => {
    expect(filterBriefs(briefs, 'MEXIQUE', 'newest', names).map((b) => b.id)).toEqual(['b-new'])
    expect(filterBriefs(briefs, 'ciudad mexico', 'newest', names).map((b) => b.id)).toEqual(['b-new'])
    expect(filterBriefs(briefs, 'bilaterale', 'newest', names).map((b) => b.id)).toEqual(['b-new'])
    expect(filterBriefs(briefs, 'ottawa', 'newest', names).map((b) => b.id)).toEqual(['b-old'])
  })

  it('sorts by meeting date, newest or oldest first', () => {
    expect(filterBriefs(briefs, '', 'newest', names).map((b) => b.id)).toEqual(['b-new', 'b-old'])
    expect(filterBriefs(briefs, '', 'oldest', names).map((b) => b.id)).toEqual(['b-old', 'b-new'])
  })
})

describe('new brief draft', () => {
  const template = {
    id: 'bilateral' as const,
    name: { en: 'Bilateral meeting', fr: 'Rencontre bilatérale' },
    description: { en: '', fr: '' },
    format: 'bilateral' as const,
    sections: [{ kind: 'key-messages' as const, title: { en: 'Key messages', fr: 'Messages clés' } }]
  }

  it('asks for a title and a date, naming the fields', () => {
    const draft = {
      ...emptyDraft(template, { marking: 'UNCLASSIFIED', language: 'en' }, '2026-12-03'),
      meeting: { date: '', time: '25:00', place: { en: '', fr: '' }, format: 'bilateral' as const }
    }
    const checked = validateDraft(draft)
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['title', 'validation.required'],
      ['meeting.date', 'validation.required'],
      ['meeting.time', 'validation.format']
    ])
    const misdated = validateDraft({
      ...draft,
      title: { en: 'Meeting', fr: '' },
      meeting: { ...draft.meeting, date: '2027-2-17', time: '' }
    })
    expect(misdated.ok ? [] : misdated.problems.map((problem) => [problem.path, problem.key])).toEqual([
      ['meeting.date', 'validation.date']
    ])
  })

  it('accepts a draft with a title in one language', () => {
    const checked = validateDraft({
      ...emptyDraft(template, { marking: 'UNCLASSIFIED', language: 'fr' }, '2026-12-03'),
      title: { en: '', fr: 'Rencontre' }
    })
    expect(checked.ok).toBe(true)
  })
})
