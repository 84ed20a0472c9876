import { describe, expect, it } from 'vitest'
import { emptyPlanBlock, emptyStep } from '@shared/meeting-plan'
import { buildPreviewModel } from '@renderer/features/briefs/preview/preview-model'
import { composerBrief, lookupOf } from './composer-fixtures'

// The preview's plan of the meeting follows the Word export: each part only when filled in, after
// the meeting details (or heading the brief without that section).

const TODAY = '2026-11-26'
const library = lookupOf([])
const step = { ...emptyStep(), time: '10:00', what: { en: 'Handshake', fr: 'Poignée de main' } }

describe('preview plan', () => {
  it('shows nothing of parts the brief does not carry, or carries empty', () => {
    const none = buildPreviewModel(composerBrief(), library, TODAY).plan
    expect(none).toMatchObject({ logistics: null, steps: [], openingRemarks: null, agenda: [] })
    const empty = buildPreviewModel(
      {
        ...composerBrief(),
        logistics: emptyPlanBlock('logistics'),
        runOfShow: emptyPlanBlock('runOfShow'),
        agenda: []
      },
      library,
      TODAY
    ).plan
    expect(empty).toMatchObject({ logistics: null, steps: [], openingRemarks: null, agenda: [] })
  })

  it('shows the steps with something written, the remarks, and the logistics once one choice is made', () => {
    const brief = {
      ...composerBrief(),
      runOfShow: { openingRemarks: { en: 'Thank you.', fr: '' }, steps: [emptyStep(), step] },
      logistics: { ...emptyPlanBlock('logistics'), durationMinutes: 20 }
    }
    const plan = buildPreviewModel(brief, library, TODAY).plan
    expect(plan.steps).toEqual([step])
    expect(plan.openingRemarks).toEqual({ en: 'Thank you.', fr: '' })
    expect(plan.logistics?.durationMinutes).toBe(20)
  })

  it('places the plan in the meeting details section, or at the head of a brief without one', () => {
    const brief = {
      ...composerBrief(),
      agenda: [{ title: { en: 'Returns', fr: '' }, position: { en: 'Yes.', fr: '' }, objective: { en: '', fr: '' } }]
    }
    const details = { id: 'sec-details', kind: 'meeting-details' as const, title: { en: 'Details', fr: '' }, items: [] }
    const placed = { ...brief, sections: [details, ...brief.sections] }
    expect(buildPreviewModel(placed, library, TODAY).plan.sectionId).toBe('sec-details')
    const bare = { ...brief, sections: brief.sections.filter((section) => section.kind !== 'meeting-details') }
    const plan = buildPreviewModel(bare, library, TODAY).plan
    expect(plan.sectionId).toBeNull()
    expect(plan.agenda).toHaveLength(1)
  })
})
