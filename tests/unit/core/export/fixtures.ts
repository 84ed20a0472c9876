import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { LIBRARY_KINDS, briefSchema, librarySchemas, packageSchema } from '@shared/entities'
import type { Brief, LibraryItemByKind, LibraryKind, Package } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import type { ExportOptions } from '../../../../src/main/core/export'

// The library and example briefs shipped with the app, parsed with the contract's schemas, and
// helpers to look inside an exported .docx.

const COLLECTIONS = {
  partner: 'partners',
  keyMessage: 'keyMessages',
  irritant: 'irritants',
  backgroundNote: 'backgroundNotes'
} as const

interface DefaultLibrary {
  lookup: LibraryLookup
  briefs: Brief[]
  mexico: Brief
  m5: Brief
}

function load(): DefaultLibrary {
  const file = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../resources/default-library.json'), 'utf8')
  )
  const items = new Map<string, unknown>()
  for (const kind of LIBRARY_KINDS) {
    for (const raw of file[COLLECTIONS[kind]] as unknown[]) {
      const item = librarySchemas[kind].parse(raw)
      items.set(`${kind}:${item.id}`, item)
    }
  }
  const lookup: LibraryLookup = <K extends LibraryKind>(kind: K, id: string) =>
    items.get(`${kind}:${id}`) as LibraryItemByKind[K] | undefined
  const briefs = (file.briefs as unknown[]).map((raw) => briefSchema.parse(raw))
  const find = (id: string): Brief => {
    const brief = briefs.find((each) => each.id === id)
    if (!brief) throw new Error(`The default library has no brief ${id}`)
    return brief
  }
  return { lookup, briefs, mexico: find('brief-mexico-asylum-capacity'), m5: find('brief-m5-senior-officials') }
}

let cached: DefaultLibrary | undefined
/** The default library, parsed once per test file. */
export function defaultLibrary(): DefaultLibrary {
  cached ??= load()
  return cached
}

/** Export options with a fixed date, so the footer and properties are predictable. */
export function options(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return {
    language: 'en',
    tableOfContents: true,
    annexes: true,
    author: 'Test Officer',
    office: 'Migration Policy & Partnerships, Ottawa',
    now: new Date(2026, 10, 26, 9, 30),
    ...overrides
  }
}

/** A package of the two example briefs. */
export function examplePackage(briefs: Brief[]): Package {
  return packageSchema.parse({
    id: 'package-americas-m5',
    name: { en: 'Spring 2027 migration meetings', fr: 'Rencontres sur la migration du printemps 2027' },
    startDate: '2027-02-17',
    endDate: '2027-03-16',
    marking: 'UNCLASSIFIED',
    briefIds: briefs.map((brief) => brief.id),
    createdAt: '2026-11-01T12:00:00.000Z',
    updatedAt: '2026-11-01T12:00:00.000Z'
  })
}

/** The parts of a .docx as text, by path. */
export function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]))
}

/** A part's text, failing clearly when the part is missing. */
export function part(bytes: Uint8Array, path: string): string {
  const text = parts(bytes)[path]
  if (text === undefined) throw new Error(`The .docx has no ${path}`)
  return text
}

/** Undoes XML escaping, to compare document text with what the officer typed. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&')
}

/** The visible text of each paragraph of a WordprocessingML part, tabs as \t and breaks as \n. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    unescapeXml(
      [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
        .map((token) => (token[0] === '<w:tab/>' ? '\t' : token[0] === '<w:br/>' ? '\n' : (token[1] ?? '')))
        .join('')
    )
  )
}

/** Each run of a part with its language tag and its text. */
export function runs(xml: string): { lang: string | null; text: string; rtl: boolean }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => {
    const body = match[1] ?? ''
    const lang = /<w:lang w:val="([^"]+)"/.exec(body)?.[1] ?? null
    const text = unescapeXml([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''))
    return { lang, text, rtl: /<w:rtl\/>/.test(body) }
  })
}

/** A paragraph of a part: its style, whether it is in a list, and its text. */
export interface StyledParagraph {
  style: string | null
  numbered: boolean
  pageBreakBefore: boolean
  text: string
  xml: string
}

/** Every paragraph of a WordprocessingML part with its style. */
export function styledParagraphs(xml: string): StyledParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => {
    const paragraph = match[0]
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? null,
      numbered: /<w:numPr>/.test(paragraph),
      pageBreakBefore: /<w:pageBreakBefore\/>/.test(paragraph),
      text: paragraphTexts(paragraph)[0] ?? '',
      xml: paragraph
    }
  })
}

/** The texts of the paragraphs in a given style. */
export function textsInStyle(xml: string, style: string): string[] {
  return styledParagraphs(xml)
    .filter((paragraph) => paragraph.style === style)
    .map((paragraph) => paragraph.text)
}

/** The body without the table of contents, whose entries docx writes and Word rewrites. */
export function bodyWithoutContents(xml: string): string {
  return xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '')
}
