import { describe, expect, it } from 'vitest'
import { catalogs } from '@renderer/i18n/catalogs'

const { en } = catalogs
import { flatten, hasKey } from './catalog-helpers'
import type { Catalog } from './catalog-helpers'

// Every renderer source, as text, bundled by Vite at test time (no Node file APIs needed).
const sources = import.meta.glob<string>('/src/renderer/src/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true
})

const catalog = flatten(en as Catalog)

// A t( call's first argument: one string literal, a template literal, or an array of them.
const T_CALL = /\bt\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*"|`[^`]*`)/g
const STRING_LITERAL = /'([^']*)'|"([^"]*)"/g
const TEMPLATE_LITERAL = /`([^`]*)`/g

interface Usage {
  file: string
  key: string
}

/** Literal keys passed to t(), and the fixed prefixes of template keys such as `topics.${id}`. */
function scan(): { literal: Usage[]; prefixes: Usage[] } {
  const literal: Usage[] = []
  const prefixes: Usage[] = []
  for (const [file, text] of Object.entries(sources)) {
    for (const call of text.matchAll(T_CALL)) {
      const argument = call[1] ?? ''
      for (const match of argument.matchAll(STRING_LITERAL)) literal.push({ file, key: match[1] ?? match[2] ?? '' })
      for (const match of argument.matchAll(TEMPLATE_LITERAL)) {
        const template = match[1] ?? ''
        const dollar = template.indexOf('${')
        if (dollar === -1) literal.push({ file, key: template })
        else prefixes.push({ file, key: template.slice(0, dollar) })
      }
    }
  }
  return { literal, prefixes }
}

describe('keys used in the renderer', () => {
  const { literal, prefixes } = scan()

  it('are found by the scan (a scan that finds nothing would pass for the wrong reason)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20)
    expect(literal.length).toBeGreaterThan(40)
    expect(prefixes.length).toBeGreaterThan(5)
  })

  it('exist in en.json', () => {
    const missing = literal.filter(({ key }) => !hasKey(catalog, key)).map(({ file, key }) => `${key} (${file})`)
    expect(missing).toEqual([])
  })

  it('built from a prefix (`topics.${id}`) have that group in en.json', () => {
    const missing = prefixes
      .filter(({ key }) => ![...catalog.keys()].some((each) => each.startsWith(key)))
      .map(({ file, key }) => `${key}… (${file})`)
    expect(missing).toEqual([])
  })
})
