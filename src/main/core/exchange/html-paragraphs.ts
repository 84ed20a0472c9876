// Reads the few tags mammoth writes (h1-h6, p, li, br, a, table cells) into paragraphs. No DOM:
// one linear pass of a tokenizer over mammoth's own, always well-formed and escaped, output.

export const PARAGRAPH_STYLES = ['heading1', 'heading2', 'heading3', 'paragraph', 'list'] as const
export type ParagraphStyle = (typeof PARAGRAPH_STYLES)[number]

/** One paragraph of a Word document: its kind and its plain text. */
export interface WordParagraph {
  style: ParagraphStyle
  text: string
}

const BLOCK_STYLES: Record<string, ParagraphStyle> = {
  h1: 'heading1',
  h2: 'heading2',
  h3: 'heading3',
  h4: 'heading3',
  h5: 'heading3',
  h6: 'heading3',
  p: 'paragraph',
  li: 'list'
}

// A tag (with its attributes) or a run of text; attributes never hold '>' unescaped in mammoth's output.
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g

interface Block {
  tag: string
  style: ParagraphStyle
  text: string
}

/** The paragraphs of mammoth's HTML, in document order, empty ones left out. */
export function paragraphsFromHtml(html: string): WordParagraph[] {
  const out: WordParagraph[] = []
  const open: Block[] = []
  // Footnote, endnote and comment bodies, and the links that point to them, are not the text.
  let skipped: string | null = null
  let skipDepth = 0
  // One entry per open link: true for a link to or back from a note (its text, such as [1] or ↑, is left out).
  const anchors: boolean[] = []

  const current = (): Block | undefined => open[open.length - 1]
  const flush = (block: Block): void => {
    const text = normalize(block.text)
    if (text !== '') out.push({ style: block.style, text })
    block.text = ''
  }

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attributes = '', text] = match
    if (text !== undefined) {
      if (skipped !== null || anchors.includes(true)) continue
      let block = current()
      // Text outside any paragraph (rare: a bare table cell) still counts, as a paragraph.
      if (!block) {
        block = { tag: '', style: 'paragraph', text: '' }
        open.push(block)
      }
      block.text += decodeEntities(text)
      continue
    }
    const tag = rawTag!.toLowerCase()
    if (skipped !== null) {
      if (tag === skipped) skipDepth += closing ? -1 : 1
      if (skipDepth === 0) skipped = null
      continue
    }
    if (tag === 'a') {
      if (closing) anchors.pop()
      else anchors.push(/href="#(footnote|endnote|comment)-/.test(attributes))
      continue
    }
    if (tag === 'br') {
      const block = current()
      if (block) block.text += '\n'
      continue
    }
    const style = BLOCK_STYLES[tag]
    if (!closing && tag === 'li' && /id="(footnote|endnote|comment)-/.test(attributes)) {
      skipped = 'li'
      skipDepth = 1
      continue
    }
    if (style === undefined) {
      // A table cell or row ends: text written straight into it is a paragraph of its own.
      if ((tag === 'td' || tag === 'th' || tag === 'tr' || tag === 'table') && current()?.tag === '') flush(open.pop()!)
      continue
    }
    if (!closing) {
      const outer = current()
      if (outer?.tag === '') flush(open.pop()!)
      // A paragraph inside a list item is the item's own text; a nested item starts anew.
      else if (outer?.tag === 'li' && tag === 'p') continue
      else if (outer) flush(outer)
      open.push({ tag, style, text: '' })
      continue
    }
    if (tag === 'p' && current()?.tag === 'li') {
      current()!.text += '\n'
      continue
    }
    const index = open.map((block) => block.tag).lastIndexOf(tag)
    if (index === -1) continue
    for (const block of open.splice(index).reverse()) flush(block)
  }
  for (const block of open.reverse()) flush(block)
  return out
}

// Runs of spaces fold into one, but a no-break space is kept: French typography puts one before
// a colon and inside « », and an import must not undo it.
function normalize(text: string): string {
  return text
    .replace(/[^\S\n\u00a0\u202f]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim()
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[name] ?? whole
  })
}
