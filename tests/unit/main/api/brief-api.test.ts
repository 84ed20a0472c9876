import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Brief, KeyMessage } from '@shared/entities'
import type { ApiTable } from '../../../../src/main/api'
import { NOW, openTestApi, tempDataDir, value } from './test-api'

let dataDir: { dir: string; remove: () => Promise<void> }
let api: ApiTable

const newBrief = {
  template: 'bilateral' as const,
  title: { en: 'Meeting with Mexico', fr: 'Rencontre avec le Mexique' },
  language: 'bilingual' as const,
  marking: 'UNCLASSIFIED',
  meeting: { date: '2027-03-02', time: '09:30', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' as const },
  partnerIds: ['partner-mexico'],
  participants: { canada: [], partner: [] },
  objectives: { en: 'Agree on next steps.', fr: 'Convenir des prochaines étapes.' }
}

beforeEach(async () => {
  dataDir = await tempDataDir()
  api = await openTestApi(dataDir.dir)
})
afterEach(() => dataDir.remove())

async function placeKeyMessage(brief: Brief, itemId: string): Promise<Brief> {
  const message = value(await api['library.get']({ kind: 'keyMessage', id: itemId }))
  const sections = brief.sections.map((section) =>
    section.kind === 'key-messages'
      ? {
          ...section,
          items: [
            ...section.items,
            {
              type: 'library' as const,
              id: `item-${itemId}`,
              kind: 'keyMessage' as const,
              itemId,
              placedVersion: message.version,
              override: null
            }
          ]
        }
      : section
  )
  return value(await api['briefs.save']({ brief: { ...brief, sections }, expectedUpdatedAt: brief.updatedAt })).brief
}

describe('briefs', () => {
  it('lists the five templates from resources in both languages', async () => {
    const templates = value(await api['briefs.templates']({}))
    expect(templates.map((template) => template.id)).toEqual([
      'bilateral',
      'multilateral',
      'courtesy-call',
      'senior-officials',
      'forum-side-meeting'
    ])
    for (const template of templates) expect(template.name.fr).not.toBe('')
  })

  it('creates a brief with the template sections, empty', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    expect(brief.id).toBe('brief-2027-03-02-meeting-with-mexico')
    expect(brief.sections.map((section) => section.kind)).toEqual([
      'meeting-details',
      'key-messages',
      'their-objectives',
      'irritants',
      'background',
      'participants',
      'annexes'
    ])
    expect(brief.createdAt).toBe(NOW.toISOString())
  })

  it('lists briefs by what a list shows, without their sections', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    const listed = value(await api['briefs.list']({})).find((each) => each.id === brief.id)
    expect(listed).toEqual({
      id: brief.id,
      title: brief.title,
      template: brief.template,
      language: brief.language,
      marking: brief.marking,
      meeting: brief.meeting,
      partnerIds: brief.partnerIds,
      createdAt: brief.createdAt,
      updatedAt: brief.updatedAt
    })
  })

  it('starts a brief with the template’s parts: logistics and a run of show for a side meeting, none refused later', async () => {
    const bilateral = value(await api['briefs.create'](newBrief))
    expect(bilateral.logistics?.durationMinutes).toBeNull()
    expect(bilateral.runOfShow?.steps).toEqual([])
    expect(bilateral.agenda).toBeUndefined()
    const side = value(
      await api['briefs.create']({
        ...newBrief,
        template: 'forum-side-meeting',
        meeting: { ...newBrief.meeting, format: 'forum-side-meeting' }
      })
    )
    expect(side.sections.map((section) => section.kind)).toEqual([
      'meeting-details',
      'key-messages',
      'irritants',
      'background',
      'participants'
    ])
    expect(Object.keys(side)).toEqual(expect.arrayContaining(['logistics', 'runOfShow']))
    expect(side.agenda).toBeUndefined()
  })

  it('saves a run of show, logistics and agenda positions, and refuses a step at no real time', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    const step = { time: '09:45', minutes: 10, what: { en: 'Arrival', fr: 'Arrivée' }, who: { en: 'All', fr: 'Tous' } }
    const agenda = [
      { title: { en: 'Returns', fr: 'Retours' }, position: { en: 'Yes.', fr: 'Oui.' }, objective: { en: '', fr: '' } }
    ]
    const saved = value(
      await api['briefs.save']({
        brief: { ...brief, runOfShow: { openingRemarks: { en: 'Thanks.', fr: 'Merci.' }, steps: [step] }, agenda },
        expectedUpdatedAt: brief.updatedAt
      })
    ).brief
    const read = value(await api['briefs.get']({ id: brief.id }))
    expect(read.runOfShow?.steps).toEqual([step])
    expect(read.agenda).toEqual(agenda)
    const refused = await api['briefs.save']({
      brief: { ...saved, runOfShow: { openingRemarks: { en: '', fr: '' }, steps: [{ ...step, time: '9h45' }] } },
      expectedUpdatedAt: saved.updatedAt
    })
    expect(refused.ok).toBe(false)
    // Taking a part out is a save like any other: the brief no longer carries it.
    const { logistics: _dropped, ...withoutLogistics } = saved
    value(await api['briefs.save']({ brief: withoutLogistics, expectedUpdatedAt: saved.updatedAt }))
    expect(value(await api['briefs.get']({ id: brief.id })).logistics).toBeUndefined()
  })

  it('raises the marking to the highest item it holds, and says so', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    const message = value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })) as KeyMessage
    value(
      await api['library.save']({
        kind: 'keyMessage',
        item: { ...message, marking: 'PROTECTED B' },
        expectedVersion: message.version
      })
    )
    const sections = brief.sections.map((section) =>
      section.kind === 'key-messages'
        ? {
            ...section,
            items: [
              {
                type: 'library' as const,
                id: 'item-1',
                kind: 'keyMessage' as const,
                itemId: message.id,
                placedVersion: 2,
                override: null
              }
            ]
          }
        : section
    )
    const saved = value(await api['briefs.save']({ brief: { ...brief, sections } }))
    expect(saved.markingRaised).toEqual({ from: 'UNCLASSIFIED', to: 'PROTECTED B' })
    expect(saved.brief.marking).toBe('PROTECTED B')
    expect(value(await api['briefs.get']({ id: brief.id })).marking).toBe('PROTECTED B')
  })

  it('raises the marking when a library item in the brief was raised later', async () => {
    const brief = await placeKeyMessage(value(await api['briefs.create'](newBrief)), 'km-balanced-narrative')
    const message = value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })) as KeyMessage
    value(await api['library.save']({ kind: 'keyMessage', item: { ...message, marking: 'PROTECTED A' } }))
    const opened = value(await api['briefs.open']({ id: brief.id }))
    expect(opened.markingRaised).toEqual({ from: 'UNCLASSIFIED', to: 'PROTECTED A' })
    expect(opened.library.map((entry) => entry.item.id)).toEqual(
      expect.arrayContaining(['partner-mexico', 'km-balanced-narrative'])
    )
  })

  it('opens a brief with the group a line was added for, so the composer can name it', async () => {
    const brief = value(await api['briefs.get']({ id: 'brief-mexico-asylum-capacity' }))
    // Without the Annexes, where the MIRPS profile is placed, only the added MIRPS line names it.
    const sections = brief.sections.filter((section) => section.kind !== 'annexes')
    value(await api['briefs.save']({ brief: { ...brief, sections } }))
    const opened = value(await api['briefs.open']({ id: brief.id }))
    const partners = opened.library.filter((entry) => entry.kind === 'partner').map((entry) => entry.item.id)
    expect(partners.sort()).toEqual(['partner-mexico', 'partner-mirps'])
  })

  it('refuses an irritant saved as one whole text: it is edited row by row', async () => {
    const brief = value(await api['briefs.get']({ id: 'brief-mexico-asylum-capacity' }))
    const sections = brief.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.type === 'library' && item.kind === 'irritant' ? { ...item, override: { en: 'All.', fr: 'Tout.' } } : item
      )
    }))
    const saved = await api['briefs.save']({ brief: { ...brief, sections } })
    expect(saved.ok).toBe(false)
  })

  it('editing an item inside a brief leaves the library unchanged', async () => {
    const brief = await placeKeyMessage(value(await api['briefs.create'](newBrief)), 'km-balanced-narrative')
    const before = value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' }))
    const sections = brief.sections.map((section) => ({
      ...section,
      items: section.items.map((item) =>
        item.type === 'library' ? { ...item, override: { en: 'Our own words.', fr: 'Nos propres mots.' } } : item
      )
    }))
    value(await api['briefs.save']({ brief: { ...brief, sections } }))
    expect(value(await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' }))).toEqual(before)
  })

  it('refuses to overwrite a newer save made elsewhere', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    value(await api['briefs.save']({ brief, expectedUpdatedAt: brief.updatedAt }))
    const stale = await api['briefs.save']({ brief, expectedUpdatedAt: '2020-01-01T00:00:00.000Z' })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('duplicates a brief for next year and deletes with undo', async () => {
    const copy = value(await api['briefs.duplicate']({ id: 'brief-mexico-asylum-capacity' }))
    expect(copy.id).not.toBe('brief-mexico-asylum-capacity')
    expect(copy.title.en).toMatch(/\(copy\)$/)
    expect(copy.title.fr).toMatch(/\(copie\)$/)
    const deleted = value(await api['briefs.delete']({ id: copy.id }))
    expect(await api['briefs.get']({ id: copy.id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(value(await api['briefs.reinstate']({ id: deleted.id }))).toEqual(copy)
  })

  it('refuses a brief title empty in both languages and an unknown template', async () => {
    const untitled = await api['briefs.create']({ ...newBrief, title: { en: ' ', fr: '' } })
    expect(untitled).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'title' }] } })
    const unknown = await api['briefs.create']({ ...newBrief, template: 'picnic' as never })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

describe('approval', () => {
  const stageOf = async (id: string) => value(await api['briefs.get']({ id })).stage ?? 'draft'

  it('moves a brief from draft to review to approved, recording who and when, and back to draft', async () => {
    expect(value(await api['settings.update']({ author: 'Awa Diallo' })).author).toBe('Awa Diallo')
    const brief = value(await api['briefs.create'](newBrief))
    expect(brief.approval?.preparedBy.name).toBe('Awa Diallo')
    expect(await stageOf(brief.id)).toBe('draft')

    const inReview = value(await api['briefs.setStage']({ id: brief.id, stage: 'in-review' }))
    const approved = value(
      await api['briefs.setStage']({ id: brief.id, stage: 'approved', expectedUpdatedAt: inReview.updatedAt })
    )
    expect(approved.stage).toBe('approved')
    // Approval dates the block and names who approved, unless they were written in it already.
    expect(approved.approval?.approvedBy.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(approved.approval?.approvedBy.name).toBe('Awa Diallo')
    const reopened = value(await api['briefs.setStage']({ id: brief.id, stage: 'draft' }))
    expect(reopened.stageHistory?.map(({ stage, by }) => `${stage} by ${by}`)).toEqual([
      'in-review by Awa Diallo',
      'approved by Awa Diallo',
      'draft by Awa Diallo'
    ])
    for (const step of reopened.stageHistory ?? []) expect(Date.parse(step.at)).not.toBeNaN()
  })

  it('keeps an approver already named in the block', async () => {
    value(await api['settings.update']({ author: 'Awa Diallo' }))
    const brief = value(await api['briefs.create'](newBrief))
    const named = { ...brief.approval!, approvedBy: { ...brief.approval!.approvedBy, name: 'Jean Tremblay' } }
    value(await api['briefs.save']({ brief: { ...brief, approval: named } }))
    value(await api['briefs.setStage']({ id: brief.id, stage: 'in-review' }))
    const approved = value(await api['briefs.setStage']({ id: brief.id, stage: 'approved' }))
    expect(approved.approval?.approvedBy.name).toBe('Jean Tremblay')
  })

  it('refuses an edit of an approved brief until it is reopened, and a save cannot change the stage', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    value(await api['briefs.setStage']({ id: brief.id, stage: 'in-review' }))
    const approved = value(await api['briefs.setStage']({ id: brief.id, stage: 'approved' }))
    const edit = { ...approved, title: { en: 'Changed', fr: 'Modifié' } }
    expect(await api['briefs.save']({ brief: edit })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('Reopen it') as unknown }
    })
    expect(value(await api['briefs.get']({ id: brief.id })).title.en).toBe('Meeting with Mexico')

    const reopened = value(await api['briefs.setStage']({ id: brief.id, stage: 'draft' }))
    // The window cannot approve through a save: the stage and history stay as they are.
    const saved = value(
      await api['briefs.save']({ brief: { ...reopened, ...edit, stage: 'approved', stageHistory: [] } })
    )
    expect(saved.brief.title.en).toBe('Changed')
    expect(saved.brief.stage).toBe('draft')
    expect(saved.brief.stageHistory).toHaveLength(3)
  })

  it('refuses a step out of order, and approval while something must be fixed', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    expect(await api['briefs.setStage']({ id: brief.id, stage: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' }
    })
    const noObjectives = value(await api['briefs.create']({ ...newBrief, objectives: { en: '', fr: '' } }))
    value(await api['briefs.setStage']({ id: noObjectives.id, stage: 'in-review' }))
    expect(await api['briefs.setStage']({ id: noObjectives.id, stage: 'approved' })).toMatchObject({
      ok: false,
      error: { code: 'export-blocked' }
    })
    expect(await stageOf(noObjectives.id)).toBe('in-review')
  })

  it('starts a copy as a draft without history, approval date or tracking number', async () => {
    const brief = value(await api['briefs.create'](newBrief))
    const numbered = { ...brief, approval: { ...brief.approval!, trackingNumber: 'IRCC-2027-0042' } }
    value(await api['briefs.save']({ brief: numbered }))
    value(await api['briefs.setStage']({ id: brief.id, stage: 'in-review' }))
    value(await api['briefs.setStage']({ id: brief.id, stage: 'approved' }))
    const copy = value(await api['briefs.duplicate']({ id: brief.id }))
    expect(copy.stage).toBeUndefined()
    expect(copy.stageHistory).toBeUndefined()
    expect(copy.approval).toMatchObject({ trackingNumber: '', approvedBy: { date: '' } })
  })
})
