import { describe, expect, it } from 'vitest'
import { parseInline, parseRichText, plainText, searchableText } from '@shared/rich-text'
import type { RichLine } from '@shared/rich-text'

// The small structure officers may write in a text, read the same way by the views, the Word
// export and search: what becomes a list or emphasis, and what must stay exactly as typed.

const plain = (text: string): RichLine => [{ text, bold: false, italics: false }]
const bold = (text: string) => ({ text, bold: true, italics: false })
const italic = (text: string) => ({ text, bold: false, italics: true })
const normal = (text: string) => ({ text, bold: false, italics: false })

describe('blocks', () => {
  it('splits paragraphs on blank lines and keeps single line breaks inside one', () => {
    expect(parseRichText('One\nstill one\n\n \t\nTwo')).toEqual([
      { kind: 'paragraph', lines: [plain('One'), plain('still one')] },
      { kind: 'paragraph', lines: [plain('Two')] }
    ])
  })

  it('reads "- ", "• " and pasted bullets as one bullet list, even right under a paragraph line', () => {
    expect(
      parseRichText('On IRCC’s behalf, IOM:\n- arranges travel;\n• provides checks;\n  ▪ orients.\nAfter.')
    ).toEqual([
      { kind: 'paragraph', lines: [plain('On IRCC’s behalf, IOM:')] },
      { kind: 'bullets', items: [plain('arranges travel;'), plain('provides checks;'), plain('orients.')] },
      { kind: 'paragraph', lines: [plain('After.')] }
    ])
  })

  it('numbers from the first number typed, with "1." or "1)"', () => {
    expect(parseRichText('1. Opening\n2) Outlook')).toEqual([
      { kind: 'numbered', start: 1, items: [plain('Opening'), plain('Outlook')] }
    ])
    expect(parseRichText('5. Other business')).toEqual([
      { kind: 'numbered', start: 5, items: [plain('Other business')] }
    ])
  })

  it('starts a new list when the kind of marker changes or a blank line comes', () => {
    expect(parseRichText('- a\n1. b\n\n- c').map((block) => block.kind)).toEqual(['bullets', 'numbered', 'bullets'])
  })

  it('keeps a minus sign, a year or a lone marker as text: a marker needs a space and something after it', () => {
    for (const text of ['-5 % over the year', '2024. A record year', '-', '- ', '1.', '—quoted']) {
      expect(parseRichText(text)).toEqual([{ kind: 'paragraph', lines: [plain(text)] }])
    }
  })

  it('reads Windows and old Mac line ends like any other', () => {
    expect(parseRichText('a\r\n- b\rc')).toEqual([
      { kind: 'paragraph', lines: [plain('a')] },
      { kind: 'bullets', items: [plain('b')] },
      { kind: 'paragraph', lines: [plain('c')] }
    ])
  })

  it('gives nothing for empty or blank text', () => {
    expect(parseRichText('')).toEqual([])
    expect(parseRichText(' \n\n\t\n')).toEqual([])
  })
})

describe('emphasis', () => {
  it('reads **bold**, *italics* and _italics_', () => {
    expect(parseInline('A **firm** and *clear* _line_.')).toEqual([
      normal('A '),
      bold('firm'),
      normal(' and '),
      italic('clear'),
      normal(' '),
      italic('line'),
      normal('.')
    ])
  })

  it('lets italics sit inside bold, and emphasis touch punctuation and quotes', () => {
    expect(parseInline('**Note _bien_:** «*asile*»')).toEqual([
      bold('Note '),
      { text: 'bien', bold: true, italics: true },
      bold(':'),
      normal(' «'),
      italic('asile'),
      normal('»')
    ])
  })

  it('leaves unmatched, spaced, in-word and tripled markers as typed', () => {
    for (const text of [
      '**unbalanced',
      'closing only**',
      '5 * 3 = 15',
      '2*3*4',
      'file_name_here',
      '** not bold **',
      '***both***',
      '**'
    ]) {
      expect(parseInline(text)).toEqual(plain(text))
    }
    expect(parseInline('**open *mixed** end*')).toEqual([bold('open *mixed'), normal(' end*')])
  })

  it('never runs emphasis across lines', () => {
    expect(parseRichText('**start\nend**')).toEqual([{ kind: 'paragraph', lines: [plain('**start'), plain('end**')] }])
  })

  it('applies inside list items', () => {
    expect(parseRichText('- **COMAR**: registration')).toEqual([
      { kind: 'bullets', items: [[bold('COMAR'), normal(': registration')]] }
    ])
  })
})

describe('text that must survive untouched', () => {
  it('keeps markup-looking text literal', () => {
    const text = '<script>alert("x")</script> & <b>not bold</b> \'quoted\''
    expect(parseRichText(text)).toEqual([{ kind: 'paragraph', lines: [plain(text)] }])
  })

  it('keeps accents, emoji and right-to-left names, emphasised or not', () => {
    expect(parseInline('**Élément** 🇨🇦 *مريم* _שלום_ 👩🏽‍💼')).toEqual([
      bold('Élément'),
      normal(' 🇨🇦 '),
      italic('مريم'),
      normal(' '),
      italic('שלום'),
      normal(' 👩🏽‍💼')
    ])
    expect(parseInline('🇨🇦**Canada**🇨🇦')).toEqual([normal('🇨🇦'), bold('Canada'), normal('🇨🇦')])
  })

  // A quadratic reading of these 2 MB would run past the test's time limit.
  it('reads a huge text, hostile markers included, in one pass', () => {
    const paragraph = '**Bold** words, *italic* ones and a list:\n- one item;\n1. a numbered one.\n\n'
    const hostile = `${'*'.repeat(50_000)} ${'**a '.repeat(50_000)} ${'_'.repeat(3)}x`
    const blocks = parseRichText(paragraph.repeat(20_000) + hostile)
    expect(blocks).toHaveLength(60_001)
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', lines: [plain(hostile)] })
  }, 10_000)
})

describe('plain text', () => {
  it('drops the markers and keeps the words, one item per line', () => {
    expect(plainText('Envelopes:\n- **core** funding;\n2. *climate* mobility\n\nAfter _all_.')).toBe(
      'Envelopes:\n\ncore funding;\n\nclimate mobility\n\nAfter all.'
    )
  })
})

describe('searchable text', () => {
  it('drops list numbers only, at the start of a line', () => {
    expect(searchableText('Agenda:\n1. Opening\n 12) Returns\nIn 2024. 3. stays')).toBe(
      'Agenda:\nOpening\nReturns\nIn 2024. 3. stays'
    )
  })
})
