import { describe, expect, it } from 'vitest'
import type { BriefItem, Partner } from '@shared/entities'
import { offeredProfiles } from '@shared/offered-profiles'
import { emptySource } from '@shared/source'

// The Annexes offer the brief's partners' profiles that are not there yet; the officer chooses.

function partner(id: string, status: Partner['status'] = 'approved'): Partner {
  return {
    status,
    marking: 'UNCLASSIFIED',
    owner: 'IRCC',
    topics: [],
    lastReviewed: '2026-01-01',
    source: emptySource(),
    reviewBy: '2027-01-01',
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'IRCC',
    history: [],
    id,
    kind: 'country',
    name: { en: id, fr: id },
    summary: { en: 'Summary.', fr: 'Résumé.' },
    relationship: { en: '', fr: '' },
    keyFacts: [],
    people: [],
    programmes: [],
    relatedPartnerIds: [],
    tags: []
  }
}

const library = new Map([partner('mexico'), partner('guatemala'), partner('gone', 'retired')].map((p) => [p.id, p]))
const partnerOf = (id: string) => library.get(id)
const profile = (itemId: string): BriefItem => ({
  type: 'library',
  id: `item-${itemId}`,
  kind: 'partner',
  itemId,
  placedVersion: 1,
  override: null
})

describe('partner profiles offered for the Annexes', () => {
  it('offers each of the brief’s partners, in the brief’s order, while the section lacks its profile', () => {
    expect(offeredProfiles({ items: [] }, ['guatemala', 'mexico'], partnerOf).map((p) => p.id)).toEqual([
      'guatemala',
      'mexico'
    ])
    expect(
      offeredProfiles({ items: [profile('mexico')] }, ['guatemala', 'mexico'], partnerOf).map((p) => p.id)
    ).toEqual(['guatemala'])
  })

  it('offers nothing for a partner no longer in the library or retired, nor for a brief without partners', () => {
    expect(offeredProfiles({ items: [] }, ['atlantis', 'gone'], partnerOf)).toEqual([])
    expect(offeredProfiles({ items: [] }, [], partnerOf)).toEqual([])
  })

  it('does not count free text or another kind of item as the profile', () => {
    const items: BriefItem[] = [
      { type: 'text', id: 't1', text: { en: 'mexico', fr: 'mexico' } },
      { type: 'library', id: 'k1', kind: 'keyMessage', itemId: 'mexico', placedVersion: 1, override: null }
    ]
    expect(offeredProfiles({ items }, ['mexico'], partnerOf).map((p) => p.id)).toEqual(['mexico'])
  })
})
