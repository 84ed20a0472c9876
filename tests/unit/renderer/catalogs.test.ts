import { describe, expect, it } from 'vitest'
import { LIBRARY_KINDS, MEETING_FORMATS, PARTNER_KINDS, STATUSES } from '@shared/entities'
import { LANGUAGES } from '@shared/languages'
import type { Notice } from '@shared/operations'
import { ERROR_CODES } from '@shared/result'
import { TOPICS } from '@shared/topics'
import { SECTIONS } from '@renderer/app/sections'
import { catalogs as merged } from '@renderer/i18n/catalogs'

const { en, fr } = merged
import { baseKeys, flatten, hasKey, placeholders, pluralBase, pluralCategory } from './catalog-helpers'
import type { Catalog } from './catalog-helpers'

// The contract has notice codes only as a type; this list must name each of them, and the
// line after it stops compiling when the contract gains a code this list lacks.
const NOTICE_CODES = [
  'restored-from-copy',
  'restored-missing-file',
  'restored-from-backup',
  'unrecoverable-file',
  'journal-damaged',
  'import-damaged',
  'default-library-installed',
  'old-recovered-removed',
  'encryption-finished',
  'encryption-undone'
] as const
const noticeCodesComplete: Exclude<Notice['code'], (typeof NOTICE_CODES)[number]> extends never ? true : false = true

const catalogs = { en: flatten(en as Catalog), fr: flatten(fr as Catalog) }

/** Keys the contract says the interface must be able to name, in every language. */
const requiredKeys = [
  ...TOPICS.map((id) => `topics.${id}`),
  ...PARTNER_KINDS.map((kind) => `partnerKinds.${kind}`),
  ...STATUSES.map((status) => `statuses.${status}`),
  ...ERROR_CODES.map((code) => `errors.${code}`),
  ...NOTICE_CODES.map((code) => `notices.${code}`),
  ...MEETING_FORMATS.map((format) => `meetingFormats.${format}`),
  ...LIBRARY_KINDS.flatMap((kind) => [`library.kinds.${kind}`, `library.count.${kind}`]),
  ...SECTIONS.map((section) => `nav.${section}`),
  ...LANGUAGES.map((language) => `settings.languageOption.${language}`)
]

describe('interface catalogs', () => {
  it('list every notice code of the contract', () => {
    expect(noticeCodesComplete).toBe(true)
  })

  it('have the same keys in English and French (plural forms aside)', () => {
    const enKeys = baseKeys(catalogs.en)
    const frKeys = baseKeys(catalogs.fr)
    expect({ missingInFrench: [...enKeys].filter((key) => !frKeys.has(key)) }).toEqual({ missingInFrench: [] })
    expect({ missingInEnglish: [...frKeys].filter((key) => !enKeys.has(key)) }).toEqual({ missingInEnglish: [] })
  })

  it.each(LANGUAGES)('%s has every plural form its language needs', (language) => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories
    const flat = catalogs[language]
    const bases = new Set([...flat.keys()].filter((key) => pluralCategory(key)).map(pluralBase))
    const missing = [...bases].flatMap((base) =>
      needed.filter((category) => !flat.has(`${base}_${category}`)).map((category) => `${base}_${category}`)
    )
    expect({ language, missing }).toEqual({ language, missing: [] })
  })

  it.each(LANGUAGES)('%s has no empty or non-text values', (language) => {
    const bad = [...catalogs[language]].filter(([, value]) => typeof value !== 'string' || value.trim() === '')
    expect({ language, emptyOrNotText: bad.map(([key]) => key) }).toEqual({ language, emptyOrNotText: [] })
  })

  it.each(LANGUAGES)('%s names every topic, partner kind, status, error, notice, format and section', (language) => {
    const missing = requiredKeys.filter((key) => !hasKey(catalogs[language], key))
    expect({ language, missing }).toEqual({ language, missing: [] })
  })

  it.each(LANGUAGES)('%s writes the typographic apostrophe, never the typewriter one', (language) => {
    const straight = [...catalogs[language].entries()]
      .filter(([, text]) => String(text).includes("'"))
      .map(([key]) => key)
    expect({ language, straight }).toEqual({ language, straight: [] })
  })

  it('French sets ? ! and ; close to their word, as the Translation Bureau does (a space only before :)', () => {
    const spaced = [...catalogs.fr.entries()].filter(([, text]) => /[ \u00a0\u202f][?!;]/.test(String(text)))
    expect(spaced.map(([key]) => key)).toEqual([])
  })

  it.each(LANGUAGES)(
    '%s check sentences of the composer carry no colon: the panel sets one before each',
    (language) => {
      // "Logistics (Meeting details): nothing filled in yet: it will be…" read as a pile of colons.
      const piled = [...catalogs[language].entries()]
        .filter(([key]) => key.startsWith('composer.checks.') && !/\.(allClear|summary)$/.test(key))
        .filter(([, text]) => String(text).includes(':'))
        .map(([key]) => key)
      expect({ language, piled }).toEqual({ language, piled: [] })
    }
  )

  it('use the same {{placeholders}} in English and French', () => {
    const mismatches: string[] = []
    for (const [key, frValue] of catalogs.fr) {
      // French has plural forms English lacks (_many); they match English's _other.
      const enKey = catalogs.en.has(key) ? key : `${pluralBase(key)}_other`
      const enValue = catalogs.en.get(enKey)
      if (typeof enValue !== 'string' || typeof frValue !== 'string') continue
      const enNames = placeholders(enValue).join(', ')
      const frNames = placeholders(frValue).join(', ')
      if (enNames !== frNames) mismatches.push(`${key}: en has [${enNames}], fr has [${frNames}]`)
    }
    expect(mismatches).toEqual([])
  })
})

describe('numbers in the catalogs', () => {
  // A library of 20,000 items is "20,000 items" in English and "20 000 éléments" in French,
  // never "20000": every count and other quantity goes through i18next's number format.
  const QUANTITIES = ['count', 'total', 'position', 'settled', 'maximum']

  it.each(LANGUAGES)('%s formats every count and quantity as a number', (language) => {
    const bare = [...catalogs[language]].filter(
      ([, value]) =>
        typeof value === 'string' && QUANTITIES.some((name) => new RegExp(`{{\\s*${name}\\s*}}`).test(value))
    )
    expect({ language, unformatted: bare.map(([key]) => key) }).toEqual({ language, unformatted: [] })
  })

  it('writes large counts with each language’s own separator', async () => {
    const { default: i18n } = await import('@renderer/i18n')
    expect(i18n.t('search.itemCount', { count: 20_000, lng: 'en' })).toBe('20,000 items')
    expect(i18n.t('search.itemCount', { count: 20_000, lng: 'fr' })).toBe('20\u202f000 éléments')
    expect(i18n.t('search.itemCount', { count: 1, lng: 'fr' })).toBe('1 élément')
  })
})
