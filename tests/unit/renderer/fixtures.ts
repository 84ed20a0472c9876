import type { Brief, Partner } from '@shared/entities'
import { emptySource } from '@shared/source'

// Small library items for render tests; only what the screens read is made interesting.

/** A partner, approved, with a review date and a summary, overridable field by field. */
export function partner(overrides: Partial<Partner> = {}): Partner {
  const base = {
    id: 'mexico',
    status: 'approved' as const,
    marking: 'PROTECTED A' as const,
    owner: 'Americas desk',
    topics: ['asylum' as const, 'capacity-building' as const],
    lastReviewed: '2026-01-15',
    source: emptySource(),
    reviewBy: '2026-07-15',
    version: 1,
    updatedAt: '2026-01-15T10:00:00.000Z',
    updatedBy: 'A. Officer',
    kind: 'country' as const,
    name: { en: 'Mexico', fr: 'Mexique' },
    summary: {
      en: 'A close partner on capacity building for asylum systems and on dialogues about labour mobility.',
      fr: "Partenaire proche pour le renforcement des capacités des systèmes d'asile et le dialogue sur la mobilité."
    },
    relationship: { en: '', fr: '' },
    keyFacts: [],
    people: [],
    programmes: [],
    relatedPartnerIds: [],
    tags: []
  }
  const content = { ...base, ...overrides }
  return { ...content, history: [] }
}

/** A brief with one partner, overridable field by field. */
export function brief(overrides: Partial<Brief> = {}): Brief {
  return {
    id: 'brief-mexico',
    title: { en: 'Bilateral with Mexico', fr: 'Rencontre bilatérale avec le Mexique' },
    template: 'bilateral',
    language: 'en',
    marking: 'PROTECTED B',
    meeting: { date: '2026-12-03', time: '09:30', place: { en: 'Mexico City', fr: 'Mexico' }, format: 'bilateral' },
    partnerIds: ['mexico'],
    participants: { canada: [], partner: [] },
    objectives: { en: '', fr: '' },
    sections: [],
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides
  }
}
