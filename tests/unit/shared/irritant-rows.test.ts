import { describe, expect, it } from 'vitest'
import { briefChecks, resolveItem } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import { alignBrief } from '@shared/brief-translation'
import type { Brief, BriefItem, Irritant, IrritantRows } from '@shared/entities'
import { briefSchema } from '@shared/entities'
import { rowKey, withoutOwnTexts, withRow } from '@shared/irritant-rows'
import { emptySource } from '@shared/source'
import { textState } from '@shared/translation'

// An irritant in a brief is read row by row: the context, then each line the brief shows, each
// with the brief's own copy or the library's text, each line in or left out.

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
  id: 'irr-visas',
  version: 1,
  title: { en: 'Visas', fr: 'Visas' },
  context: { en: 'Context.', fr: 'Contexte.' },
  partnerIds: [],
  responsiveLines: [
    { id: 'general', text: { en: 'General.', fr: 'Général.' }, partnerId: null },
    { id: 'mexico', text: { en: 'For Mexico.', fr: 'Pour le Mexique.' }, partnerId: 'partner-mexico' },
    { id: 'peru', text: { en: 'For Peru.', fr: 'Pour le Pérou.' }, partnerId: 'partner-peru' }
  ]
}
// Version 2 rewrote the Mexico line and dropped nothing else.
const v2: Irritant = {
  ...v1,
  version: 2,
  responsiveLines: v1.responsiveLines.map((line) =>
    line.id === 'mexico' ? { ...line, text: { en: 'For Mexico, updated.', fr: 'Pour le Mexique, à jour.' } } : line
  ),
  history: [v1]
}
const lookup = ((kind: string, id: string) => (kind === 'irritant' && id === v2.id ? v2 : undefined)) as LibraryLookup

const placed = (placedVersion: number, rows?: IrritantRows): BriefItem => ({
  type: 'library',
  id: 'item-visas',
  kind: 'irritant',
  itemId: v2.id,
  placedVersion,
  override: null,
  ...(rows ? { rows } : {})
})

function brief(item: BriefItem, language: Brief['language'] = 'bilingual'): Brief {
  return {
    id: 'brief-test',
    title: { en: 'Test', fr: 'Essai' },
    template: 'bilateral',
    language,
    marking: 'UNCLASSIFIED',
    meeting: { date: '2027-01-10', time: '10:00', place: { en: 'Ottawa', fr: 'Ottawa' }, format: 'bilateral' },
    partnerIds: ['partner-mexico'],
    participants: { canada: [], partner: [] },
    objectives: { en: 'Agree next steps.', fr: 'Convenir des prochaines étapes.' },
    sections: [{ id: 'sec-1', kind: 'irritants', title: { en: 'Irritants', fr: 'Irritants' }, items: [item] }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
}

const row = (lineId: string | null, change: Parameters<typeof withRow>[2], rows?: IrritantRows, byDefault = true) =>
  withRow(rows, lineId, change, byDefault)

describe('an irritant in a brief, row by row', () => {
  it('shows the context, then the general line and the line for the brief’s partner, each aimed', () => {
    const resolved = resolveItem(placed(2), lookup, ['partner-mexico'])
    expect(resolved.rows?.map((each) => [each.lineId, each.partnerId, each.included, each.edited])).toEqual([
      [null, null, true, false],
      ['general', null, true, false],
      ['mexico', 'partner-mexico', true, false]
    ])
    expect(resolved.edited).toBe(false)
  })

  it('keeps a line left out as a row the composer shows, and out of the text the brief prints', () => {
    const rows = row('general', { included: false })
    const resolved = resolveItem(placed(2, rows), lookup, ['partner-mexico'])
    expect(resolved.rows?.find((each) => each.lineId === 'general')?.included).toBe(false)
    expect(resolved.text.en).toBe('Context.\n\nFor Mexico, updated.')
  })

  it('shows a row’s own copy, marks only that row edited, and leaves the others to the library', () => {
    const rows = row('mexico', { override: { en: 'Ours.\n\nStill ours.', fr: 'Le nôtre.\n\nToujours.' } })
    const resolved = resolveItem(placed(2, rows), lookup, ['partner-mexico'])
    expect(resolved.rows?.map((each) => each.edited)).toEqual([false, false, true])
    expect(resolved.rows?.[2]?.text.en).toBe('Ours.\n\nStill ours.')
    expect(resolved.edited).toBe(true)
  })

  it('says which row the library changed since the brief copied it, and the whole item is out of date', () => {
    const resolved = resolveItem(placed(1), lookup, ['partner-mexico'])
    expect(resolved.rows?.map((each) => each.libraryChanged)).toEqual([false, false, true])
    expect(resolved.rows?.[2]?.text.en).toBe('For Mexico.')
    expect(resolved.newerLibraryText?.en).toContain('For Mexico, updated.')
    // A line left out does not make the brief out of date: its change would print nothing.
    const without = resolveItem(placed(1, row('mexico', { included: false })), lookup, ['partner-mexico'])
    expect(without.newerLibraryText).toBeNull()
  })

  it('stores only where the brief differs: a row back to the library leaves no rows at all', () => {
    const out = row('general', { included: false })
    expect(out).toEqual({
      context: { override: null },
      lines: [{ lineId: 'general', included: false, override: null }]
    })
    expect(row('general', { included: true }, out)).toBeUndefined()
    const context = row(null, { override: { en: 'Mine.', fr: 'La mienne.' } })
    expect(row(null, { override: null }, context)).toBeUndefined()
    // A group's line, out by default, is kept as a row once added.
    expect(row('peru', { included: true }, undefined, false)?.lines).toEqual([
      { lineId: 'peru', included: true, override: null }
    ])
  })

  it('is refused as one whole-text override, and rows on another kind are refused', () => {
    const whole = { ...placed(2), override: { en: 'All lines.', fr: 'Toutes les lignes.' } }
    expect(briefSchema.safeParse(brief(whole)).success).toBe(false)
    const message = {
      type: 'library' as const,
      id: 'item-km',
      kind: 'keyMessage' as const,
      itemId: 'km',
      placedVersion: 1,
      override: null,
      rows: { context: { override: null }, lines: [] }
    }
    expect(briefSchema.safeParse(brief(message)).success).toBe(false)
    expect(briefSchema.safeParse(brief(placed(2, row('general', { included: false })))).success).toBe(true)
  })
})

describe('taking the library’s text', () => {
  it('drops the brief’s own texts, keeps lines left out or added, and the rows of lines the library dropped', () => {
    let rows = row(null, { override: { en: 'Ours.', fr: 'Le nôtre.' } })
    rows = row('general', { included: false, override: { en: 'Mine.', fr: 'La mienne.' } }, rows)
    rows = row('mexico', { override: { en: 'Edited.', fr: 'Modifié.' } }, rows)
    rows = row('peru', { included: true }, rows, false)
    rows = row('gone', { included: true, override: { en: 'Old.', fr: 'Ancien.' } }, rows, false)
    expect(withoutOwnTexts(rows, ['partner-mexico'], v2)).toEqual({
      context: { override: null },
      lines: [
        { lineId: 'general', included: false, override: null },
        { lineId: 'peru', included: true, override: null }
      ]
    })
    expect(withoutOwnTexts(row('mexico', { override: { en: 'x', fr: 'x' } }), ['partner-mexico'], v2)).toBeUndefined()
  })
})

describe('checks on an irritant’s rows', () => {
  const codes = (item: BriefItem, language: Brief['language'] = 'bilingual') =>
    briefChecks(brief(item, language), lookup, '2026-11-26').map((check) => `${check.code}:${check.detail}`)

  it('flag one row written in one language, though the other rows have both', () => {
    const rows = row('mexico', { override: { en: 'Only English.', fr: '' } })
    expect(codes(placed(2, rows))).toEqual(['missing-language:fr'])
    expect(codes(placed(2, rows), 'en')).toEqual([])
  })

  it('flag a context that repeats a line the brief prints, as a whole-text edit kept from before rows would', () => {
    // What the migration to rows keeps of such an edit: the old joined text, as the context's copy.
    const joined = { en: 'Context.\n\nGeneral.\n\nFor Mexico.', fr: 'Contexte.\n\nGénéral.\n\nPour le Mexique.' }
    const rows = row(null, { override: joined })
    expect(codes(placed(2, rows))).toEqual(['context-repeats-line:null'])
    // Each line the context repeats left out: the document says each once.
    const without = row('mexico', { included: false }, row('general', { included: false }, rows))
    expect(codes(placed(2, without))).toEqual([])
    // Words of a line inside a sentence of the context are not a repeat of the whole line.
    expect(codes(placed(2, row(null, { override: { en: 'In general, yes.', fr: 'En général, oui.' } })))).toEqual([])
  })

  it('leave out a line left out of the brief', () => {
    const edited = row('mexico', { override: { en: 'Only English.', fr: '' } })
    expect(codes(placed(2, row('mexico', { included: false }, edited)))).toEqual([])
  })

  it('flag a row whose French lags behind its English, in step again once confirmed', () => {
    const before = brief(placed(2))
    // Only the English changed from what the brief showed (version 2's line).
    const rows = row('mexico', { override: { en: 'For Mexico, reworded.', fr: 'Pour le Mexique, à jour.' } })
    const saved = alignBrief(brief(placed(2, rows)), before, lookup)
    const item = saved.sections[0]?.items[0]
    const own = item?.type === 'library' ? item.rows?.lines[0]?.override : undefined
    expect(own && textState(own)).toBe('fr-needs-update')
    expect(codes(item!)).toEqual(['translation-out-of-step:fr'])
    // The context row was not touched: it carries no record.
    expect(item?.type === 'library' && item.rows?.context.override).toBeNull()

    const confirmed = alignBrief(saved, saved, lookup, [rowKey('item-visas', 'mexico')])
    const after = confirmed.sections[0]?.items[0]
    expect(codes(after!)).toEqual([])
  })
})
