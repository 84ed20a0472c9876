import { DEFAULT_LIMITS } from './limits'
import type { ExchangeLimits } from './limits'
import { paragraphsFromHtml } from './html-paragraphs'
import type { WordParagraph } from './html-paragraphs'
import type { ImportProblem } from './problems'
import { readZipEntry, readZipIndex } from './safe-zip'
import type { InflateStats } from './safe-zip'

export type ReadWordResult = { ok: true; paragraphs: WordParagraph[] } | { ok: false; problems: ImportProblem[] }

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]

const WORD = {
  what: 'Word document (.docx)',
  notZipHint: (bytes: Uint8Array) =>
    OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)
      ? ' It looks like an older Word .doc file or a password-protected document: open it in Word, remove any password and save it as a Word Document (.docx).'
      : ' Open it in Word and save it as a Word Document (.docx).'
}

// Headings by name and by style id, Word's list styles, and the title: what Dossier's own export
// and most briefs use. mammoth's defaults (Heading 1-6, numbered and bulleted lists) still apply.
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='List Bullet 2'] => ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  "p[style-name='List Number 2'] => ol > li:fresh",
  "p[style-name='List Paragraph'] => ul > li:fresh",
  'p.ListBullet => ul > li:fresh',
  'p.ListNumber => ol > li:fresh',
  // A table of contents repeats the headings; Word rebuilds it anyway.
  "p[style-name='TOC Heading'] => !",
  ...Array.from({ length: 9 }, (_, index) => `p[style-name='toc ${index + 1}'] => !`)
]

/**
 * The headings, paragraphs and list items of a .docx, in order, as plain text. The zip is checked
 * and every part unpacked under a cap before mammoth sees it, so a bomb never reaches mammoth.
 */
export async function readWordParagraphs(
  bytes: Uint8Array,
  limits: Partial<ExchangeLimits> = {},
  stats: InflateStats = { inflatedBytes: 0 }
): Promise<ReadWordResult> {
  const limit: ExchangeLimits = { ...DEFAULT_LIMITS, ...limits }
  const index = readZipIndex(bytes, WORD, limit)
  if (!index.ok) return { ok: false, problems: index.problems }
  const names = new Set(index.value.map((entry) => entry.name))
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
    return refuse(
      'This file is a zip package but not a Word document: it has no Word document body (word/document.xml). Open it in Word and save it as a Word Document (.docx).'
    )
  }
  let budget = limit.maxUncompressedBytes
  for (const entry of index.value) {
    const read = readZipEntry(bytes, entry, budget, stats)
    if (!read.ok)
      return { ok: false, problems: [{ where: `zip entry ${JSON.stringify(entry.name)}`, message: read.message }] }
    budget -= read.data.length
  }

  // Loaded here, not at start-up: mammoth and its XML and zip libraries are a third of the
  // command line's code, and only a Word import needs them.
  const { default: mammoth } = await import('mammoth')
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Pictures are not text; they are not even read.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true
      }
    )
    html = result.value
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          where: 'the file',
          message:
            'Dossier could not read this Word document: its content is damaged or not in the Word format. Open it in Word, save it again as a Word Document (.docx), and try again.',
          detail: error instanceof Error ? error.message : String(error)
        }
      ]
    }
  }
  const paragraphs = paragraphsFromHtml(html)
  if (paragraphs.length === 0) return refuse('The document holds no text to import.')
  return { ok: true, paragraphs }
}

function refuse(message: string): ReadWordResult {
  return { ok: false, problems: [{ where: 'the file', message }] }
}
