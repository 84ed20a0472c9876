import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefSchema } from '@shared/entities'
import type { Brief } from '@shared/entities'
import { briefTemplatesFileSchema } from '@shared/brief-inputs'
import { briefChecks } from '@shared/brief-rules'
import {
  emptyPlanBlock,
  emptyStep,
  isBlankLogistics,
  printedAgenda,
  printedSteps,
  startingPlan
} from '@shared/meeting-plan'
import { defaultLibrary } from '../core/export/fixtures'

// The brief's run of show, logistics and agenda positions: optional fields that old briefs lack,
// checked like the brief's other texts; and the templates that start a brief with them.

const { mexico, m5, lookup } = defaultLibrary()

/** A brief as data version 5 saved it: none of the new parts. */
function withoutPlan(brief: Brief): Record<string, unknown> {
  const { runOfShow: _r, logistics: _l, agenda: _a, ...old } = brief
  return old
}

describe('the brief schema', () => {
  it('takes a brief saved before the parts existed, and gives it none', () => {
    const parsed = briefSchema.parse(withoutPlan(mexico))
    expect(parsed.runOfShow).toBeUndefined()
    expect(parsed.logistics).toBeUndefined()
    expect(parsed.agenda).toBeUndefined()
  })

  it('takes each part empty, as a template starts it', () => {
    const brief = { ...withoutPlan(mexico), ...startingPlan(['logistics', 'runOfShow', 'agenda']) }
    expect(briefSchema.safeParse(brief).success).toBe(true)
  })

  it('refuses a step at a time that is not a time, a length of zero, an unknown media choice', () => {
    const step = { ...(mexico.runOfShow?.steps[0] ?? {}) }
    const bad = [
      { runOfShow: { ...mexico.runOfShow, steps: [{ ...step, time: '25:00' }] } },
      { runOfShow: { ...mexico.runOfShow, steps: [{ ...step, minutes: 0 }] } },
      { logistics: { ...mexico.logistics, durationMinutes: 1.5 } },
      { logistics: { ...mexico.logistics, media: { kind: 'tv-interview', notes: { en: '', fr: '' } } } },
      { logistics: { ...mexico.logistics, interpretation: { mode: 'whispered', languages: { en: '', fr: '' } } } },
      {
        agenda: [
          { title: { en: 'x'.repeat(501), fr: '' }, position: { en: '', fr: '' }, objective: { en: '', fr: '' } }
        ]
      }
    ]
    for (const patch of bad) {
      const result = briefSchema.safeParse({ ...mexico, ...patch })
      expect(result.success, JSON.stringify(patch).slice(0, 80)).toBe(false)
    }
    expect(briefSchema.safeParse({ ...mexico, runOfShow: { ...mexico.runOfShow, steps: [step] } }).success).toBe(true)
  })
})

describe('what is printed of each part', () => {
  it('prints nothing of a part left empty', () => {
    expect(isBlankLogistics(emptyPlanBlock('logistics'))).toBe(true)
    expect(
      printedSteps({
        openingRemarks: { en: '', fr: '' },
        steps: [emptyStep(), { ...emptyStep(), what: { en: ' ', fr: '' } }]
      })
    ).toEqual([])
    expect(
      printedAgenda([{ title: { en: ' ', fr: '' }, position: { en: '', fr: '' }, objective: { en: '', fr: '' } }])
    ).toEqual([])
  })

  it('prints a logistics part with only a name to pronounce, or only the gifts decided', () => {
    const blank = emptyPlanBlock('logistics')
    expect(isBlankLogistics({ ...blank, pronunciations: [{ name: 'COMAR', sayAs: { en: '', fr: '' } }] })).toBe(false)
    expect(isBlankLogistics({ ...blank, gifts: { exchange: false, notes: { en: '', fr: '' } } })).toBe(false)
  })
})

describe('the checks', () => {
  it('name a run-of-show step written in English only as a must-fix for a bilingual brief', () => {
    const steps = mexico.runOfShow?.steps ?? []
    const brief: Brief = {
      ...mexico,
      runOfShow: {
        openingRemarks: mexico.runOfShow?.openingRemarks ?? { en: '', fr: '' },
        steps: [
          ...steps,
          { time: '11:30', minutes: null, what: { en: 'Media scrum', fr: '' }, who: { en: '', fr: '' } }
        ]
      }
    }
    const missing = briefChecks(brief, lookup, '2027-01-01').filter((check) => check.code === 'missing-language')
    expect(missing.map((check) => [check.field, check.detail, check.blocking])).toEqual([
      [`runOfShow.steps.${steps.length}.what`, 'fr', true]
    ])
    // The check points at the meeting details section, where the part prints.
    expect(missing[0]?.sectionId).toBe(mexico.sections[0]?.id)
  })

  it('leave an agenda position in English only alone in an English brief', () => {
    const agenda = [
      {
        title: { en: 'Returns', fr: '' },
        position: { en: 'Canada supports...', fr: '' },
        objective: { en: '', fr: '' }
      }
    ]
    const checks = briefChecks({ ...m5, language: 'en', agenda }, lookup, '2027-01-01')
    expect(checks.filter((check) => check.code === 'missing-language')).toEqual([])
    const french = briefChecks({ ...m5, language: 'fr', agenda }, lookup, '2027-01-01')
    expect(french.filter((check) => check.code === 'missing-language').map((check) => check.field)).toEqual(
      expect.arrayContaining(['agenda.0.title', 'agenda.0.position'])
    )
  })

  it('find nothing to fix in the two example briefs', () => {
    for (const brief of [mexico, m5]) {
      const blocking = briefChecks(brief, lookup, '2027-01-01').filter((check) => check.blocking)
      expect(blocking, brief.id).toEqual([])
    }
  })
})

describe('the templates', () => {
  const file = briefTemplatesFileSchema.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/brief-templates.json'), 'utf8'))
  )
  const template = (id: string) => file.templates.find((each) => each.id === id)

  it('offer a side meeting at a forum: short, with logistics and a run of show, and lines if raised', () => {
    const side = template('forum-side-meeting')
    expect(side?.format).toBe('forum-side-meeting')
    expect(side?.blocks).toEqual(['logistics', 'runOfShow'])
    expect(side?.sections.map((section) => section.kind)).toContain('irritants')
    expect(side?.sections.map((section) => section.kind)).not.toContain('annexes')
  })

  it('give a courtesy call no irritant lines, and protocol instead', () => {
    const call = template('courtesy-call')
    expect(call?.sections.map((section) => section.kind)).not.toContain('irritants')
    expect(call?.blocks).toContain('logistics')
  })

  it('give the multilateral templates a position per agenda item', () => {
    for (const id of ['multilateral', 'senior-officials']) expect(template(id)?.blocks, id).toContain('agenda')
    // The agenda part replaces the senior officials' free-text agenda section.
    expect(template('senior-officials')?.sections.map((section) => section.kind)).not.toContain('custom')
  })

  it('describe themselves in both languages', () => {
    for (const each of file.templates) {
      expect(each.name.fr.trim(), each.id).not.toBe('')
      expect(each.description.fr.trim(), each.id).not.toBe('')
    }
  })
})

describe('the example briefs', () => {
  it('use the new parts: Mexico a run of show, opening remarks and logistics; the M5 agenda positions', () => {
    expect(printedSteps(mexico.runOfShow ?? { openingRemarks: { en: '', fr: '' }, steps: [] }).length).toBeGreaterThan(
      3
    )
    expect(mexico.runOfShow?.openingRemarks.fr).toContain('Merci')
    expect(mexico.logistics && isBlankLogistics(mexico.logistics)).toBe(false)
    expect(printedAgenda(m5.agenda ?? []).length).toBe(5)
    for (const item of m5.agenda ?? []) {
      expect(item.position.en.trim()).not.toBe('')
      expect(item.position.fr.trim()).not.toBe('')
    }
  })
})

describe('the advisory checks', () => {
  it('say a part the brief carries with nothing filled in is left out of the Word file', () => {
    const empty: Brief = {
      ...mexico,
      logistics: emptyPlanBlock('logistics'),
      runOfShow: emptyPlanBlock('runOfShow'),
      agenda: []
    }
    const gaps = briefChecks(empty, lookup, '2027-01-01').filter((check) => check.code === 'empty-plan-part')
    expect(gaps.map((check) => [check.field, check.blocking])).toEqual([
      ['logistics', false],
      ['runOfShow', false],
      ['agenda', false]
    ])
    // Opening remarks alone are something to print; a brief without the parts has nothing to say.
    const remarks: Brief = { ...empty, runOfShow: { openingRemarks: { en: 'Thanks.', fr: 'Merci.' }, steps: [] } }
    const fields = briefChecks(remarks, lookup, '2027-01-01')
      .filter((check) => check.code === 'empty-plan-part')
      .map((check) => check.field)
    expect(fields).toEqual(['logistics', 'agenda'])
    expect(briefChecks(mexico, lookup, '2027-01-01').filter((check) => check.code === 'empty-plan-part')).toEqual([])
  })
})
