import { zipSync } from 'fflate'
import { formatBytes, WORD_LIMITS } from './limits'
import type { WordLimits } from './limits'
import { paragraphsFromHtml } from './html-paragraphs'
import type { WordParagraph } from './html-paragraphs'
import type { ImportProblem } from './problems'
import { readZipEntry, readZipIndex } from './safe-zip'
import type { InflateStats, ZipEntry } from './safe-zip'
import { xmlShapeProblem } from './xml-shape'
import type { XmlCounts } from './xml-shape'

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

const DOCUMENT = 'word/document.xml'
// The parts mammoth reads are XML and relationships; pictures, fonts and embedded files are not.
const isXmlPart = (name: string): boolean => /\.(xml|rels)$/i.test(name)

/**
 * The headings, paragraphs and list items of a .docx, in order, as plain text. Only the XML parts
 * are unpacked, each under a cap and walked for its size in elements and paragraphs; mammoth then
 * reads a package rebuilt from those checked bytes alone, so it never meets a bomb, a picture, or
 * a part this check did not see. Run it in the file worker (read-off-thread.ts).
 */
export async function readWordParagraphs(
  bytes: Uint8Array,
  limits: Partial<WordLimits> = {},
  stats: InflateStats = { inflatedBytes: 0 }
): Promise<ReadWordResult> {
  const limit: WordLimits = { ...WORD_LIMITS, ...limits }
  const index = readZipIndex(bytes, WORD, limit)
  if (!index.ok) return { ok: false, problems: index.problems }
  const names = new Set(index.value.map((entry) => entry.name))
  if (!names.has('[Content_Types].xml') || !names.has(DOCUMENT)) {
    return refuse(
      'This file is a zip package but not a Word document: it has no Word document body (word/document.xml). Open it in Word and save it as a Word Document (.docx).'
    )
  }
  const parts = checkedXmlParts(bytes, index.value, limit, stats)
  if (!parts.ok) return parts

  // Loaded here, not at start-up: mammoth and its XML and zip libraries are a third of the
  // command line's code, and only a Word import needs them.
  const { default: mammoth } = await import('mammoth')
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(zipSync(parts.parts, { level: 0 })) },
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

/** Every XML part unpacked under the caps and walked, keyed by name; or why the document is refused. */
function checkedXmlParts(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limit: WordLimits,
  stats: InflateStats
): { ok: true; parts: Record<string, Uint8Array> } | { ok: false; problems: ImportProblem[] } {
  const xml = entries.filter((entry) => isXmlPart(entry.name))
  const declared = xml.reduce((sum, entry) => sum + entry.size, 0)
  if (declared > limit.maxXmlBytes) {
    const message = `Its text and layout parts would unpack to ${formatBytes(declared)}, more than the ${formatBytes(limit.maxXmlBytes)} Dossier reads from one document, so it was not unpacked. Split it into smaller documents in Word.`
    return { ok: false, problems: [{ where: 'the file', message }] }
  }
  const counts: XmlCounts = { elements: 0, paragraphs: 0 }
  const shape = { maxElements: limit.maxXmlElements, maxParagraphs: limit.maxParagraphs, maxDepth: limit.maxXmlDepth }
  const parts: Record<string, Uint8Array> = {}
  // The body first: a document too large is refused before its other parts are unpacked.
  for (const entry of [...xml].sort((a, b) => Number(b.name === DOCUMENT) - Number(a.name === DOCUMENT))) {
    const where = `zip entry ${JSON.stringify(entry.name)}`
    const maxBytes = entry.name === DOCUMENT ? limit.maxDocumentXmlBytes : limit.maxXmlBytes
    const read = readZipEntry(bytes, entry, { maxBytes, maxCompressionRatio: limit.maxCompressionRatio }, stats)
    if (!read.ok) return { ok: false, problems: [{ where, message: read.message }] }
    const tooLarge = xmlShapeProblem(read.data, counts, shape)
    if (tooLarge) return { ok: false, problems: [{ where, message: tooLarge }] }
    parts[entry.name] = read.data
  }
  return { ok: true, parts }
}

function refuse(message: string): ReadWordResult {
  return { ok: false, problems: [{ where: 'the file', message }] }
}
