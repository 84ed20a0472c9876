import { describe, expect, it } from 'vitest'
import { paragraphsFromHtml } from '../../../../src/main/core/exchange/html-paragraphs'

describe("reading mammoth's HTML", () => {
  it('reads nested list items, paragraphs inside items, entities, and skips notes and their markers', () => {
    const html =
      '<h3>Heading &amp; more</h3><h5>Deep heading</h5>' +
      '<ul><li>Outer<ul><li>Inner &lt;one&gt;</li></ul></li><li><p>First</p><p>Second</p></li></ul>' +
      '<p>See the note<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> and <a href="https://example.org">the site</a>.</p>' +
      '<p>   </p><p>&#233;t&#xE9; &quot;quoted&quot;</p>' +
      '<ol><li id="footnote-1"><p>The note itself. <a href="#footnote-ref-1">↑</a></p></li></ol>'

    expect(paragraphsFromHtml(html)).toEqual([
      { style: 'heading3', text: 'Heading & more' },
      { style: 'heading3', text: 'Deep heading' },
      { style: 'list', text: 'Outer' },
      { style: 'list', text: 'Inner <one>' },
      { style: 'list', text: 'First\nSecond' },
      { style: 'paragraph', text: 'See the note and the site.' },
      { style: 'paragraph', text: 'été "quoted"' }
    ])
  })

  it('keeps text written straight into a table cell', () => {
    expect(paragraphsFromHtml('<table><tr><td>Loose</td><td><p>Wrapped</p></td></tr></table>')).toEqual([
      { style: 'paragraph', text: 'Loose' },
      { style: 'paragraph', text: 'Wrapped' }
    ])
  })

  it('folds runs of spaces but keeps the no-break spaces of French typography', () => {
    expect(paragraphsFromHtml('<p>Objet&nbsp;:   la  rencontre «&nbsp;MIRPS&nbsp;»</p>')).toEqual([
      { style: 'paragraph', text: 'Objet\u00a0: la rencontre «\u00a0MIRPS\u00a0»' }
    ])
  })
})
