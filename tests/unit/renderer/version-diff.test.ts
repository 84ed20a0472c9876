import { describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import { compareVersions } from '@renderer/lib/version-fields'
import type { ValueNames } from '@renderer/lib/version-fields'
import { versionsNewestFirst } from '@renderer/lib/versions'
import { wordDiff } from '@renderer/lib/word-diff'
import { emptySource } from '@shared/source'

const names: ValueNames = {
  status: (status) => status,
  marking: (marking) => marking,
  topic: (topic) => topic,
  partnerKind: (kind) => kind,
  partner: (id, language) => `${id}:${language}`,
  anyPartner: { en: 'Any partner', fr: 'Tout partenaire' }
}

function message(version: number, en: string, overrides: Partial<KeyMessage> = {}): KeyMessage {
  return {
    id: 'km-growth',
    status: 'approved',
    marking: 'UNCLASSIFIED',
    owner: 'Desk',
    topics: [],
    lastReviewed: '2026-01-01',
    source: emptySource(),
    reviewBy: '2027-01-01',
    version,
    updatedAt: `2026-0${version}-01T10:00:00.000Z`,
    updatedBy: `Officer ${version}`,
    title: { en: 'Growth', fr: 'Croissance' },
    text: { en, fr: "Le Canada soutient l'économie." },
    partnerIds: [],
    history: [],
    ...overrides
  }
}

describe('wordDiff', () => {
  it('marks the words removed and added, keeping the shared ones', () => {
    const parts = wordDiff('Canada supports growth in the region.', 'Canada backs growth across the region.')
    expect(parts.filter((part) => part.change === 'removed').map((part) => part.text.trim())).toEqual([
      'supports',
      'in'
    ])
    expect(parts.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['backs', 'across'])
    expect(
      parts
        .filter((part) => part.change === 'same')
        .map((part) => part.text)
        .join('')
    ).toContain('growth')
  })

  it('finds nothing to mark in identical text', () => {
    expect(wordDiff('Same words.', 'Same words.').every((part) => part.change === 'same')).toBe(true)
  })
})

describe('comparing two versions', () => {
  it('lists only the fields that changed, per language for texts', () => {
    const older = message(1, 'Canada supports growth.')
    const newer = message(2, 'Canada backs growth.', { status: 'retired', partnerIds: ['partner-mexico'] })
    const changes = compareVersions('keyMessage', older, newer, names)
    expect(changes.map((change) => change.id)).toEqual(['text', 'partnerIds', 'status'])
    const text = changes[0]
    expect(text && 'en' in text && text.en.some((part) => part.change === 'added' && part.text === 'backs')).toBe(true)
    expect(text && 'fr' in text && text.fr.every((part) => part.change === 'same')).toBe(true)
    const partners = changes[1]
    expect(partners && 'fr' in partners && partners.fr.map((part) => part.text).join('')).toBe('partner-mexico:fr')
  })

  it('orders versions newest first, the current one on top', () => {
    const v1 = message(1, 'One.')
    const { history: _history, ...v2 } = message(2, 'Two.')
    const current = message(3, 'Three.', { history: [{ ...v1, history: undefined } as never, v2] })
    expect(versionsNewestFirst(current).map((version) => version.version)).toEqual([3, 2, 1])
  })
})
