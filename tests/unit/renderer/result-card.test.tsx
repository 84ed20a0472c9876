import { afterAll, describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import type { LibraryHit } from '@shared/operations'
import i18n from '@renderer/i18n'
import { ResultList } from '@renderer/features/library/browse/result-list'
import { partner } from './fixtures'
import { count, renderIn } from './render'
import { emptySource } from '@shared/source'

const message: KeyMessage = {
  id: 'km-growth',
  status: 'approved',
  marking: 'PROTECTED B',
  owner: 'Desk',
  topics: ['migration-narrative'],
  lastReviewed: '2026-01-01',
  source: emptySource(),
  reviewBy: '2026-06-30',
  version: 1,
  updatedAt: '2026-01-01T10:00:00.000Z',
  updatedBy: 'A. Officer',
  title: { en: 'Growth in the region', fr: 'Croissance régionale' },
  text: { en: 'Canada supports growth in the region.', fr: "Le Canada soutient l'économie régionale." },
  partnerIds: [],
  history: []
}

const hits: LibraryHit[] = [
  { kind: 'keyMessage', item: message, terms: ['economie'], review: 'overdue' },
  { kind: 'partner', item: partner({ name: { en: 'UNHCR', fr: '' }, status: 'draft' }), terms: [], review: 'current' }
]

const list = (
  <ResultList hits={hits} labelledBy="count" busy={false} onOpen={() => undefined} onExitTop={() => undefined} />
)

afterAll(async () => {
  await i18n.changeLanguage('en')
})

describe('search results', () => {
  it('show why an item was found when only its French text matched, the word marked', async () => {
    const html = await renderIn('en', list)
    expect(count(html, 'data-testid="library-item"')).toBe(2)
    expect(html).toContain('Found in the French text:')
    expect(html).toContain('<span lang="fr-CA"><span>Le Canada soutient l&#x27;</span><mark>économie</mark>')
  })

  it('carry the overdue badge, the marking and the status in words', async () => {
    const html = await renderIn('en', list)
    expect(count(html, 'Review overdue')).toBe(1)
    expect(html).toContain('PROTECTED B')
    expect(html).toContain('Draft')
    expect(html).toContain('Key message')
  })

  it('speak French, with an English-only draft title tagged as English', async () => {
    const html = await renderIn('fr', list)
    expect(html).toContain('Révision en retard')
    expect(html).toContain('PROTÉGÉ B')
    expect(html).toMatch(/<button[^>]*lang="en-CA"[^>]*><span>UNHCR<\/span><\/button>/)
    // In French the French text matched, so there is nothing more to explain.
    expect(html).not.toContain('Trouvé dans le texte')
    expect(html).toContain('<mark>économie</mark>')
  })
})
