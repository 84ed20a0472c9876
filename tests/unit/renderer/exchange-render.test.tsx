import { describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import { ApplyBar } from '@renderer/features/exchange/receive/apply-bar'
import { ConflictCard } from '@renderer/features/exchange/receive/conflict-card'
import { summarize } from '@renderer/features/exchange/receive/import-choices'
import { FileProblems } from '@renderer/features/exchange/file-problems'
import { count, renderIn } from './render'
import { emptySource } from '@shared/source'

const base: KeyMessage = {
  id: 'km-balanced-narrative',
  status: 'approved',
  marking: 'UNCLASSIFIED',
  owner: 'Policy',
  topics: ['migration-narrative'],
  lastReviewed: '2026-01-15',
  source: emptySource(),
  reviewBy: '2027-01-15',
  version: 3,
  updatedAt: '2026-11-20T10:00:00.000Z',
  updatedBy: 'Mission in Mexico',
  title: { en: 'A balanced narrative on migration', fr: 'Un discours équilibré sur la migration' },
  text: { en: 'Canada maintains a balanced narrative.', fr: 'Le Canada maintient un discours équilibré.' },
  partnerIds: [],
  history: []
}
const mine: KeyMessage = { ...base, text: { ...base.text, en: 'Canada maintains a balanced and fair narrative.' } }
const theirs: KeyMessage = {
  ...base,
  version: 4,
  updatedBy: 'Headquarters',
  text: { ...base.text, en: 'Canada maintains a balanced narrative everywhere.' }
}

const entries = [
  { kind: 'keyMessage' as const, id: 'km-a', status: 'new' as const, theirs },
  { kind: 'keyMessage' as const, id: 'km-b', status: 'conflict' as const, mine, theirs }
]

describe('the conflict card', () => {
  it('shows mine and theirs side by side, marks the words that differ, and offers the three choices', async () => {
    const html = await renderIn(
      'en',
      <ConflictCard kind="keyMessage" mine={mine} theirs={theirs} choice={undefined} onChoose={() => undefined} />
    )
    expect(html).toContain('Mine (this library)')
    expect(html).toContain('Theirs (from the file)')
    expect(html).toContain('Version 3, saved by Mission in Mexico')
    expect(html).toContain('Version 4, saved by Headquarters')
    // Each side marks its own words; the French text is the same on both sides and unmarked.
    expect(html).toMatch(/<mark class="diff-mark">.*?and fair.*?<\/mark>/)
    expect(html).toMatch(/<mark class="diff-mark">.*?everywhere.*?<\/mark>/)
    expect(count(html, 'lang="fr-CA"')).toBe(4)
    expect(count(html, 'type="radio"')).toBe(3)
    for (const label of ['Keep mine', 'Take theirs', 'Keep both']) expect(html).toContain(label)
    expect(html).not.toContain('checked=""')
  })

  it('reads in French', async () => {
    const html = await renderIn(
      'fr',
      <ConflictCard kind="keyMessage" mine={mine} theirs={theirs} choice="theirs" onChoose={() => undefined} />
    )
    for (const label of ['Garder la mienne', 'Prendre la leur', 'Garder les deux', 'La mienne (cette bibliothèque)']) {
      expect(html).toContain(label)
    }
    expect(count(html, 'checked=""')).toBe(1)
  })
})

describe('the apply bar', () => {
  it('stays off and says how many conflicts are left until all are settled', async () => {
    const html = await renderIn(
      'en',
      <ApplyBar
        summary={summarize({ entries }, {})}
        nothingIncoming={false}
        busy={false}
        onApply={() => undefined}
        onCancel={() => undefined}
      />
    )
    expect(html).toContain('Settle the 1 remaining conflict to apply the import.')
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Apply: 1 new, 0 of 1 conflict settled<\/button>/)
  })

  it('says what will happen once all are settled', async () => {
    const summary = summarize({ entries }, { 'keyMessage:km-b': 'both' })
    const en = await renderIn(
      'en',
      <ApplyBar
        summary={summary}
        nothingIncoming={false}
        busy={false}
        onApply={() => undefined}
        onCancel={() => undefined}
      />
    )
    expect(en).toMatch(/<button[^>]*>Apply: 1 new, 1 conflict settled<\/button>/)
    expect(en).not.toMatch(/<button[^>]*disabled=""[^>]*>Apply/)
    const fr = await renderIn(
      'fr',
      <ApplyBar
        summary={summary}
        nothingIncoming={false}
        busy={false}
        onApply={() => undefined}
        onCancel={() => undefined}
      />
    )
    expect(fr).toContain('Appliquer\u00a0: 1 nouveau, 1 conflit réglé')
  })
})

describe('the problems of a refused file', () => {
  it('lists every problem with where it is, and says nothing changed', async () => {
    const html = await renderIn(
      'en',
      <FileProblems
        title="“open-bad.dossier” cannot be imported."
        error={{
          code: 'invalid-file',
          message: 'open-bad.dossier cannot be used',
          issues: [
            { path: 'content.json', message: 'Its content does not match the checksum.' },
            { path: 'keyMessages[2] (km-x): text.fr', message: 'This field is missing.' }
          ]
        }}
      />
    )
    expect(html).toContain('Dossier found 2 problems:')
    expect(count(html, '<li lang="en-CA">')).toBe(2)
    expect(html).toContain('keyMessages[2] (km-x): text.fr')
    expect(html).toContain('Nothing was changed in your library.')
  })
})
