import { afterAll, describe, expect, it } from 'vitest'
import i18n from '@renderer/i18n'
import { RichText } from '@renderer/components/rich-text'
import { PreviewBlockView } from '@renderer/features/briefs/preview/preview-block'
import type { PreviewBlock } from '@renderer/features/briefs/preview/preview-model'
import { excerpt } from '@renderer/lib/item-text'
import { renderIn } from './render'

// What an officer sees of a text's lists and emphasis, read-only: elements, never HTML taken
// from the text.

afterAll(async () => {
  await i18n.changeLanguage('en')
})

describe('a text shown with its structure', () => {
  it('shows paragraphs, bullet and numbered lists, bold and italics as elements', async () => {
    const html = await renderIn(
      'en',
      <RichText text={'On IRCC’s behalf, **IOM**:\n- arranges *travel*;\n- provides checks.\n\n3. Decide\n4. Issue'} />
    )
    expect(html).toBe(
      '<div class="rich-text"><p>On IRCC’s behalf, <strong>IOM</strong>:</p>' +
        '<ul><li>arranges <em>travel</em>;</li><li>provides checks.</li></ul>' +
        '<ol start="3"><li>Decide</li><li>Issue</li></ol></div>'
    )
  })

  it('keeps line breaks inside a paragraph and shows markup-looking text as text', async () => {
    const html = await renderIn('en', <RichText text={'<script>alert(1)</script>\n<b>x</b> & **y'} />)
    expect(html).toBe(
      '<div class="rich-text"><p>&lt;script&gt;alert(1)&lt;/script&gt;<br/>&lt;b&gt;x&lt;/b&gt; &amp; **y</p></div>'
    )
  })

  it('opens with its lead, on a line of its own before a list', async () => {
    const html = await renderIn('en', <RichText lead={<b>1.</b>} text={'- first'} />)
    expect(html).toBe('<div class="rich-text"><p><b>1.</b></p><ul><li>first</li></ul></div>')
  })
})

describe('the brief preview', () => {
  const flags = { edited: false, outOfDate: false, missing: false, reviewOverdue: false }

  it('prints a key message’s list under its number and a background note’s bold words, in each column', async () => {
    const message: PreviewBlock = {
      type: 'numbered',
      itemId: 'i1',
      flags,
      number: 2,
      text: { en: 'Canada funds:\n- **COMAR**', fr: 'Le Canada finance :\n- la **COMAR**' }
    }
    const html = await renderIn('fr', <PreviewBlockView block={message} languages={['en', 'fr']} />)
    expect(html).toContain(
      '<p><span class="preview-number">2. </span>Canada funds:</p><ul><li><strong>COMAR</strong></li></ul>'
    )
    expect(html).toContain('<ul><li>la <strong>COMAR</strong></li></ul>')
    expect(html).not.toContain('**')
  })
})

describe('a glimpse of a text (outline titles, search results, checks)', () => {
  it('shows its words without list and emphasis markers', () => {
    expect(excerpt('**Purpose:** follow up on:\n- *asylum* capacity;\n2. mobility')).toBe(
      'Purpose: follow up on: asylum capacity; mobility'
    )
  })
})
