import { describe, expect, it } from 'vitest'
import { briefText, resolveItem } from '@shared/brief-rules'
import type { LibraryLookup } from '@shared/brief-rules'
import type { BriefItem, Irritant, Partner } from '@shared/entities'
import { offeredLines } from '@shared/offered-lines'
import { emptySource } from '@shared/source'

const meta = {
  status: 'approved' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'IRCC',
  topics: [],
  lastReviewed: '2026-01-01',
  source: emptySource(),
  reviewBy: '2027-01-01',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'IRCC',
  history: []
}

function partner(id: string, kind: Partner['kind'], relatedPartnerIds: string[] = []): Partner {
  return {
    ...meta,
    id,
    kind,
    name: { en: id, fr: id },
    summary: { en: 'Summary.', fr: 'Résumé.' },
    relationship: { en: '', fr: '' },
    keyFacts: [],
    people: [],
    programmes: [],
    relatedPartnerIds,
    tags: []
  }
}

const line = (id: string, partnerId: string | null) => ({ id, text: { en: `${id}.`, fr: `${id} (fr).` }, partnerId })

const irritant: Irritant = {
  ...meta,
  id: 'irritant-sharing',
  title: { en: 'Responsibility-sharing', fr: 'Partage des responsabilités' },
  context: { en: 'Context.', fr: 'Contexte.' },
  partnerIds: [],
  responsiveLines: [
    line('line-general', null),
    line('line-mirps', 'mirps'),
    line('line-mexico', 'mexico'),
    line('line-grf', 'grf'),
    line('line-m5', 'm5'),
    line('line-guatemala', 'guatemala')
  ]
}

// Mexico belongs to the MIRPS (recorded on both sides) and to the Americas (recorded on the
// region's side only); the GRF and the M5 are groups Mexico is not linked to; Guatemala is a
// country, not a group.
const partners = new Map(
  [
    partner('mexico', 'country', ['mirps', 'united-states']),
    partner('guatemala', 'country', ['mirps']),
    partner('united-states', 'country', ['mexico', 'm5']),
    partner('mirps', 'forum', ['mexico', 'guatemala']),
    partner('americas', 'region', ['mexico']),
    partner('grf', 'forum', []),
    partner('m5', 'forum', ['united-states'])
  ].map((each) => [each.id, each])
)
const partnerOf = (id: string) => partners.get(id)

describe('lines offered for a brief', () => {
  it('offers the lines aimed at a group a country partner of the brief belongs to', () => {
    const offered = offeredLines(irritant, ['mexico'], partnerOf)
    expect(offered.map((each) => [each.line.id, each.groupId, each.memberIds])).toEqual([
      ['line-mirps', 'mirps', ['mexico']]
    ])
  })

  it('finds a membership recorded on the group side only, and names every member in the brief', () => {
    const withRegionLine = {
      ...irritant,
      responsiveLines: [line('line-americas', 'americas'), ...irritant.responsiveLines]
    }
    const offered = offeredLines(withRegionLine, ['mexico', 'guatemala'], partnerOf)
    expect(offered.map((each) => [each.line.id, each.memberIds])).toEqual([
      ['line-americas', ['mexico']],
      ['line-mirps', ['mexico', 'guatemala']]
    ])
  })

  it('offers nothing already shown, nothing for a group the brief is with, and nothing for a country', () => {
    // Guatemala's own line is a country's, and Guatemala is not in this brief: not offered.
    expect(offeredLines(irritant, ['mexico'], partnerOf).map((each) => each.line.id)).not.toContain('line-guatemala')
    // A brief with the MIRPS itself already shows its line.
    expect(offeredLines(irritant, ['mirps', 'mexico'], partnerOf)).toEqual([])
    // A group as the brief's partner is not a member of the groups it is linked to.
    expect(offeredLines(irritant, ['m5'], partnerOf)).toEqual([])
    // An unknown partner offers nothing.
    expect(offeredLines(irritant, ['nowhere'], partnerOf)).toEqual([])
  })

  it('the brief shows an offered line once the officer adds it, and only then', () => {
    const added = { context: { override: null }, lines: [{ lineId: 'line-mirps', included: true, override: null }] }
    expect(briefText('irritant', irritant, ['mexico']).en).toBe('Context.\n\nline-general.\n\nline-mexico.')
    expect(briefText('irritant', irritant, ['mexico'], added).en).toBe(
      'Context.\n\nline-general.\n\nline-mirps.\n\nline-mexico.'
    )
    const lookup = ((kind: string, id: string) =>
      kind === 'irritant' && id === irritant.id ? irritant : undefined) as LibraryLookup
    const placed: BriefItem = {
      type: 'library',
      id: 'item-sharing',
      kind: 'irritant',
      itemId: irritant.id,
      placedVersion: 1,
      override: null,
      rows: added
    }
    const resolved = resolveItem(placed, lookup, ['mexico'])
    expect(resolved.text.fr).toBe('Contexte.\n\nline-general (fr).\n\nline-mirps (fr).\n\nline-mexico (fr).')
    expect(resolved.rows?.map((row) => [row.lineId, row.partnerId, row.included])).toEqual([
      [null, null, true],
      ['line-general', null, true],
      ['line-mirps', 'mirps', true],
      ['line-mexico', 'mexico', true]
    ])
    expect(resolved.newerLibraryText).toBeNull()
  })
})
