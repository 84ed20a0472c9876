// A French document must hold no English that has a French counterpart, and an English one no
// French: every value of the shipped data (library and example briefs) and every word of the
// export's dictionary is gathered with its translation, and each line that exists in only one
// language is looked for, as whole words, in the other language's document: body, header,
// footer and properties. The same documents are checked for Canadian French typography.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Brief } from '@shared/entities'
import type { Language } from '@shared/languages'
import { plainText } from '@shared/rich-text'
import { exportBrief, exportPackage } from '../../../../src/main/core/export'
import { WORDS } from '../../../../src/main/core/export/words'
import { defaultLibrary, examplePackage, options, paragraphTexts, parts, unescapeXml } from './fixtures'

type Pairs = { en: string; fr: string }[]

function isBilingual(value: unknown): value is { en: string; fr: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { en?: unknown }).en === 'string' &&
    typeof (value as { fr?: unknown }).fr === 'string'
  )
}

/** Every { en, fr } pair anywhere in a value. */
function pairsIn(value: unknown, into: Pairs = []): Pairs {
  if (isBilingual(value)) into.push({ en: value.en, fr: value.fr })
  else if (Array.isArray(value)) for (const each of value) pairsIn(each, into)
  else if (typeof value === 'object' && value !== null) for (const each of Object.values(value)) pairsIn(each, into)
  return into
}

/** The dictionary's English and French words, key by key (functions left out). */
function dictionaryPairs(): Pairs {
  const walk = (en: unknown, fr: unknown, into: Pairs): Pairs => {
    if (typeof en === 'string' && typeof fr === 'string') into.push({ en, fr })
    else if (typeof en === 'object' && en !== null && typeof fr === 'object' && fr !== null) {
      for (const key of Object.keys(en)) walk((en as never)[key], (fr as never)[key], into)
    }
    return into
  }
  return walk(WORDS.en, WORDS.fr, [])
}

// Apostrophes and spaces are typesetting, not language: compare the words.
const normal = (text: string) =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()

const LETTER = /[\p{L}\p{N}]/u
/** True when `needle` occurs in `haystack` as whole words. */
function containsWords(haystack: string, needle: string): boolean {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' '
    const after = haystack[at + needle.length] ?? ' '
    if (!LETTER.test(before) && !LETTER.test(after)) return true
  }
  return false
}

// Each line as the document prints it: list markers, bold and italic markers gone.
const lines = (text: string) =>
  plainText(text)
    .split('\n')
    .map(normal)
    .filter((line) => LETTER.test(line))

/**
 * The lines written in only one language: a line of `language` whose value has a different
 * translation, and which appears in no text of the other language ("Mexico" is English for the
 * country and French for the city, so it is not one).
 */
function oneLanguageLines(pairs: Pairs, language: Language): string[] {
  const other: Language = language === 'en' ? 'fr' : 'en'
  const otherText = normal(pairs.map((pair) => pair[other]).join('\n'))
  const found = new Set<string>()
  for (const pair of pairs) {
    if (normal(pair[language]) === normal(pair[other])) continue
    for (const line of lines(pair[language])) if (!containsWords(otherText, line)) found.add(line)
  }
  return [...found]
}

const LIBRARY_FILE = resolve(import.meta.dirname, '../../../../resources/default-library.json')
const allPairs = [...pairsIn(JSON.parse(readFileSync(LIBRARY_FILE, 'utf8'))), ...dictionaryPairs()]

/** The text a reader sees: body, headers, footers and document properties. */
function documentText(bytes: Uint8Array): string {
  const files = parts(bytes)
  const shown = Object.entries(files)
    .filter(([path]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(path))
    .flatMap(([, xml]) => paragraphTexts(xml))
  const properties = [...(files['docProps/core.xml'] ?? '').matchAll(/>([^<]+)</g)].map((match) =>
    unescapeXml(match[1] ?? '')
  )
  return [...shown, ...properties].join('\n')
}

const { briefs, lookup, mexico, m5 } = defaultLibrary()
const documents: Record<string, Record<Language, string>> = {}

beforeAll(async () => {
  const exported = async (language: Language, make: (language: Language) => Promise<Uint8Array>) =>
    documentText(await make(language))
  for (const [name, brief] of [
    ['mexico', mexico],
    ['m5', m5]
  ] as [string, Brief][]) {
    const make = (language: Language) => exportBrief(brief, lookup, options({ language }))
    documents[name] = { en: await exported('en', make), fr: await exported('fr', make) }
  }
  const pkg = examplePackage(briefs)
  const makePackage = (language: Language) => exportPackage(pkg, briefs, lookup, options({ language }))
  documents.package = { en: await exported('en', makePackage), fr: await exported('fr', makePackage) }
}, 60_000)

describe.each(['mexico', 'm5', 'package'])('the example %s exported in one language', (name) => {
  it('holds no English-only value in French', () => {
    const text = normal(documents[name]!.fr)
    const english = oneLanguageLines(allPairs, 'en').filter((line) => containsWords(text, line))
    expect(english).toEqual([])
  })

  it('holds no French-only value in English', () => {
    const text = normal(documents[name]!.en)
    const french = oneLanguageLines(allPairs, 'fr').filter((line) => containsWords(text, line))
    expect(french).toEqual([])
  })

  it('sets French by the Translation Bureau’s rules: no-break space before the colon and inside « », none before ; ? !', () => {
    const text = documents[name]!.fr
    expect(text.match(/.{0,20}[^\u00A0\n]:(?=\s).{0,10}/g) ?? []).toEqual([])
    expect(text.match(/.{0,20}[ \u00A0\u202F][;?!].{0,10}/g) ?? []).toEqual([])
    expect(text.match(/«(?!\u00A0)|(?<!\u00A0)»/g) ?? []).toEqual([])
    expect(text.match(/.{0,20}'.{0,10}/g) ?? []).toEqual([])
  })

  it('sets English with no space before the colon and one apostrophe style', () => {
    const text = documents[name]!.en
    expect(text.match(/.{0,20}\s:(?=\s).{0,10}/g) ?? []).toEqual([])
    expect(text.match(/.{0,20}'.{0,10}/g) ?? []).toEqual([])
  })
})

describe('the check itself', () => {
  it('finds the values it is meant to find', () => {
    const english = oneLanguageLines(allPairs, 'en')
    // A participant's title, a place, a meeting format and a label are all looked for.
    expect(english).toContain('Head of the Mexican Commission for Refugee Assistance (COMAR)')
    expect(english).toContain('Mexico City, Mexico')
    expect(english).toContain('Bilateral meeting')
    expect(english).toContain('Place')
    expect(oneLanguageLines(allPairs, 'fr')).toContain('Mexico (Mexique)')
    // ...and would be found in a document that printed them.
    expect(containsWords(normal('Lieu : Mexico City, Mexico'), 'Mexico City, Mexico')).toBe(true)
    expect(containsWords('Capitale', 'Capital')).toBe(false)
  })

  it('finds plenty of them in the document of their own language', () => {
    const inOwn = (language: Language) =>
      oneLanguageLines(allPairs, language).filter((line) => containsWords(normal(documents.mexico![language]), line))
    expect(inOwn('en').length).toBeGreaterThan(50)
    expect(inOwn('fr').length).toBeGreaterThan(50)
  })
})
