import { afterAll, describe, expect, it } from 'vitest'
import i18n from '@renderer/i18n'
import { LibraryList } from '@renderer/features/library/library-list'
import { partner } from './fixtures'
import { count, renderIn } from './render'

const items = [
  partner({ id: 'mexico', reviewBy: '2020-01-01' }),
  partner({
    id: 'unhcr',
    kind: 'organization',
    marking: 'PROTECTED B',
    reviewBy: '2999-12-31',
    status: 'draft',
    name: { en: 'UNHCR', fr: '' },
    topics: []
  })
]

afterAll(async () => {
  await i18n.changeLanguage('en')
})

describe('the partners list', () => {
  it('shows one row per item with its count, kind, status, marking, topics and review date', async () => {
    const html = await renderIn('en', <LibraryList kind="partner" items={items} />)
    expect(count(html, 'data-testid="library-item"')).toBe(2)
    expect(html).toContain('2 partners')
    expect(html).toContain('International organization')
    expect(html).toContain('PROTECTED B')
    expect(html).toContain('Draft')
    expect(html).toContain('Capacity building')
    expect(html).toContain('A close partner on capacity building')
    expect(html).toContain('<time dateTime="2999-12-31">2999-12-31</time>')
  })

  it('marks only the item past its review-by date as overdue', async () => {
    const html = await renderIn('en', <LibraryList kind="partner" items={items} />)
    expect(count(html, 'Review overdue')).toBe(1)
  })

  it('speaks French, showing the English title of a draft tagged as English', async () => {
    const html = await renderIn('fr', <LibraryList kind="partner" items={items} />)
    expect(html).toContain('2 partenaires')
    expect(html).toContain('Mexique')
    expect(html).toContain('PROTÉGÉ B')
    expect(html).toContain('Révision en retard')
    expect(html).toContain('Organisation internationale')
    expect(html).toContain('<span lang="en-CA">UNHCR</span>')
  })

  it('names the list by its count, for screen readers', async () => {
    const html = await renderIn('en', <LibraryList kind="partner" items={items} />)
    expect(html).toMatch(
      /<h2 id="library-count-partner"[^>]*>2 partners<\/h2><ul class="card-list" aria-labelledby="library-count-partner">/
    )
  })
})
