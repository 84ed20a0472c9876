import { describe, expect, it } from 'vitest'
import { briefChecks, briefText, markingFloor, resolveItem } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import type { Brief, BriefItem, Irritant, KeyMessage, LibraryItem } from '@shared/entities'
import { emptySource } from '@shared/source'

const meta = {
  status: 'approved' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'IRCC',
  topics: [],
  lastReviewed: '2026-01-01',
  source: emptySource(),
  reviewBy: '2027-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'IRCC'
}

const v1 = {
  ...meta,
  id: 'km-a',
  version: 1,
  title: { en: 'A', fr: 'A' },
  text: { en: 'Old line.', fr: 'Ancienne ligne.' },
  partnerIds: []
}
const message: KeyMessage = { ...v1, version: 2, text: { en: 'New line.', fr: 'Nouvelle ligne.' }, history: [v1] }
const irritant: Irritant = {
  ...meta,
  id: 'irritant-visas',
  version: 1,
  title: { en: 'Visas', fr: 'Visas' },
  context: { en: 'Context.', fr: 'Contexte.' },
  partnerIds: [],
  responsiveLines: [
    { id: 'line-general', text: { en: 'General.', fr: 'Général.' }, partnerId: null },
    { id: 'line-mexico', text: { en: 'For Mexico.', fr: 'Pour le Mexique.' }, partnerId: 'partner-mexico' },
    { id: 'line-peru', text: { en: 'For Peru.', fr: 'Pour le Pérou.' }, partnerId: 'partner-peru' }
  ],
  history: []
}

const library = new Map<string, LibraryItem>([
  ['keyMessage:km-a', message],
  ['irritant:irritant-visas', irritant]
])
const lookup = ((kind: string, id: string) => library.get(`${kind}:${id}`)) as LibraryLookup

const placed = (
  itemId: string,
  placedVersion: number,
  override: { en: string; fr: string } | null = null
): BriefItem => ({
  type: 'library',
  id: `item-${itemId}`,
  kind: itemId.startsWith('km') ? 'keyMessage' : 'irritant',
  itemId,
  placedVersion,
  override
})

function brief(items: BriefItem[], overrides: Partial<Brief> = {}): Brief {
  return {
    id: 'brief-test',
    title: { en: 'Test', fr: 'Essai' },
    template: 'bilateral',
    language: 'bilingual',
    marking: 'UNCLASSIFIED',
    // Complete as a brief of its own (brief-completeness.test.ts checks its gaps), so only the items' checks show.
    meeting: { date: '2027-01-10', time: '10:00', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' },
    partnerIds: ['partner-mexico'],
    participants: { canada: [], partner: [] },
    objectives: { en: 'Agree next steps.', fr: 'Convenir des prochaines étapes.' },
    sections: [{ id: 'sec-1', kind: 'key-messages', title: { en: 'Key messages', fr: 'Messages clés' }, items }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides
  }
}

describe('out-of-date detection', () => {
  it('keeps the text as placed and offers the newer library text', () => {
    const resolved = resolveItem(placed('km-a', 1), lookup, [])
    expect(resolved.text).toEqual(v1.text)
    expect(resolved.newerLibraryText).toEqual(message.text)
  })

  it('is up to date at the current version, and a newer version with the same words is not out of date', () => {
    const resolved = resolveItem(placed('km-a', 2), lookup, [])
    expect([resolved.newerLibraryText, resolved.newerLibraryTitle]).toEqual([null, null])
    const restamped: KeyMessage = { ...message, version: 3, history: [v1, { ...message, history: undefined } as never] }
    const sameWords = ((kind: string, id: string) =>
      id === 'km-a' ? restamped : lookup(kind as never, id)) as LibraryLookup
    expect(resolveItem(placed('km-a', 2), sameWords, []).newerLibraryText).toBeNull()
  })

  it('keeps the title as placed and offers a title changed in the library, as it does a text', () => {
    // An approved brief, and its export, printed the library's new title unasked.
    const retitled: KeyMessage = {
      ...message,
      version: 3,
      title: { en: 'B', fr: 'B' },
      history: [v1, { ...message, history: undefined } as never]
    }
    const onlyTitle = ((kind: string, id: string) =>
      id === 'km-a' ? retitled : lookup(kind as never, id)) as LibraryLookup
    const resolved = resolveItem(placed('km-a', 2), onlyTitle, [])
    expect(resolved.title).toEqual({ en: 'A', fr: 'A' })
    expect(resolved.text).toEqual(message.text)
    expect(resolved.newerLibraryTitle).toEqual({ en: 'B', fr: 'B' })
    expect(resolved.newerLibraryText).toEqual(message.text)
    expect(resolveItem(placed('km-a', 3), onlyTitle, []).title).toEqual({ en: 'B', fr: 'B' })
  })

  it('shows the brief edit instead of the library text, and marks it edited', () => {
    const resolved = resolveItem(placed('km-a', 2, { en: 'Mine.', fr: 'La mienne.' }), lookup, [])
    expect(resolved.text).toEqual({ en: 'Mine.', fr: 'La mienne.' })
    expect(resolved.edited).toBe(true)
  })
})

describe('irritant lines in a brief', () => {
  it('reads the context, then general lines and those for the meeting partners only', () => {
    expect(briefText('irritant', irritant, ['partner-mexico']).en).toBe('Context.\n\nGeneral.\n\nFor Mexico.')
    expect(briefText('irritant', irritant, []).fr).toBe('Contexte.\n\nGénéral.')
  })
})

describe('marking floor', () => {
  it('is the highest marking of the items placed', () => {
    library.set('keyMessage:km-b', { ...message, id: 'km-b', marking: 'PROTECTED B' })
    expect(markingFloor(brief([placed('km-a', 2)]), lookup)).toBe('UNCLASSIFIED')
    expect(markingFloor(brief([placed('km-a', 2), placed('km-b', 2)]), lookup)).toBe('PROTECTED B')
    library.delete('keyMessage:km-b')
  })
})

describe('marking of a placed version', () => {
  it('keeps the floor at the marking of the text the brief copied when the library item is lowered', () => {
    const protectedV1 = { ...v1, id: 'km-p', marking: 'PROTECTED B' as const }
    const lowered: KeyMessage = { ...message, id: 'km-p', marking: 'UNCLASSIFIED', history: [protectedV1] }
    library.set('keyMessage:km-p', lowered)
    expect(markingFloor(brief([placed('km-p', 1)]), lookup)).toBe('PROTECTED B')
    expect(briefChecks(brief([placed('km-p', 1)]), lookup, '2026-11-26').map((check) => check.code)).toContain(
      'marking-above-brief'
    )
    // Once the brief takes the current, lowered version, the floor follows it down.
    expect(markingFloor(brief([placed('km-p', 2)]), lookup)).toBe('UNCLASSIFIED')
    library.delete('keyMessage:km-p')
  })
})

describe('checks before export', () => {
  it('flags a missing language only for the languages the brief is in', () => {
    const untranslated = { type: 'text' as const, id: 'item-free', text: { en: 'Only English.', fr: '' } }
    expect(
      briefChecks(brief([untranslated]), lookup, '2026-11-26').map((check) => [
        check.code,
        check.detail,
        check.blocking
      ])
    ).toEqual([['missing-language', 'fr', true]])
    expect(briefChecks(brief([untranslated], { language: 'en' }), lookup, '2026-11-26')).toEqual([])
  })

  it('flags drafts, retired, overdue, out-of-date and higher-marked items, blocking only the marking', () => {
    library.set('keyMessage:km-c', {
      ...message,
      id: 'km-c',
      status: 'draft',
      reviewBy: '2026-06-30',
      marking: 'PROTECTED A',
      history: [v1]
    })
    library.set('keyMessage:km-d', { ...message, id: 'km-d', status: 'retired' })
    const checks = briefChecks(brief([placed('km-c', 1), placed('km-d', 2)]), lookup, '2026-11-26')
    expect(checks.map((check) => `${check.briefItemId}:${check.code}:${check.blocking}`)).toEqual([
      'item-km-c:marking-above-brief:true',
      'item-km-c:draft:false',
      'item-km-c:review-overdue:false',
      'item-km-c:out-of-date:false',
      'item-km-d:retired:false'
    ])
  })

  it('flags an item that is no longer in the library', () => {
    const checks = briefChecks(brief([placed('km-gone', 1)]), lookup, '2026-11-26')
    expect(checks.map((check) => check.code)).toContain('missing-item')
  })
})
