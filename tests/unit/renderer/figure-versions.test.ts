import { describe, expect, it } from 'vitest'
import type { Partner } from '@shared/entities'
import { compareVersions } from '@renderer/lib/version-fields'
import type { ValueNames } from '@renderer/lib/version-fields'
import { emptySource } from '@shared/source'
import type { FigureSeries } from '@shared/figures'

// History and import previews compare versions field by field: a changed figure shows there.

const names: ValueNames = {
  status: (status) => status,
  marking: (marking) => marking,
  topic: (topic) => topic,
  partnerKind: (kind) => kind,
  partner: (id) => id,
  anyPartner: { en: 'Any partner', fr: 'Tout partenaire' }
}

const text = (en: string) => ({ en, fr: `${en} (fr)` })
const source = { document: text('Test table'), link: '', asOf: '2025-05' }
// Made up for the test, as every figure in the tests is.
const TEST_FIGURES: FigureSeries[] = [
  {
    id: 'series-claims',
    name: text('Claims'),
    unit: 'count',
    points: [
      { year: 2023, value: 9870, source },
      { year: 2024, value: 12345, source }
    ]
  },
  { id: 'series-rate', name: text('Rate'), unit: 'percent', points: [{ year: 2024, value: 85, source }] }
]

function partner(id: string): Partner {
  return {
    id,
    status: 'draft',
    marking: 'UNCLASSIFIED',
    owner: 'Desk',
    topics: [],
    lastReviewed: '2026-01-01',
    reviewBy: '2027-01-01',
    source: emptySource(),
    version: 1,
    updatedAt: '2026-01-01T10:00:00.000Z',
    updatedBy: 'Officer',
    kind: 'country',
    name: text('Atlantis'),
    summary: text('Summary'),
    relationship: text('Relationship'),
    keyFacts: [],
    people: [],
    programmes: [],
    relatedPartnerIds: [],
    tags: [],
    history: []
  }
}

describe('comparing versions of a partner', () => {
  it('shows a changed figure as its own line, in each language', () => {
    const before: Partner = { ...partner('partner-atlantis'), figures: TEST_FIGURES }
    const [counts, rates] = TEST_FIGURES
    const changedPoints = counts!.points.map((point) => (point.year === 2024 ? { ...point, value: 13000 } : point))
    const after: Partner = { ...before, version: 2, figures: [{ ...counts!, points: changedPoints }, rates!] }
    const changes = compareVersions('partner', before, after, names)
    expect(changes.map((change) => change.id)).toEqual(['figures'])
    const change = changes[0]
    if (!change || !('en' in change)) throw new Error('figures compare in both languages')
    // Only the digits that changed are marked: the 2024 value's, in English and in French.
    const marked = (parts: typeof change.en, kind: 'added' | 'removed') =>
      parts.filter((part) => part.change === kind).map((part) => part.text.trim())
    expect(marked(change.en, 'removed')).toEqual(['12', '345'])
    expect(marked(change.en, 'added')).toEqual(['13', '000'])
    expect(marked(change.fr, 'added').join(' ')).toMatch(/13\s*000/)
  })

  it('finds nothing to show between a partner without figures and one with an empty list', () => {
    const without = partner('partner-atlantis')
    expect(compareVersions('partner', without, { ...without, figures: [] }, names)).toEqual([])
  })
})
