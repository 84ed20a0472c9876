import { describe, expect, it } from 'vitest'
import type { Brief } from '@shared/entities'
import { briefFileName, safeFileName } from '../../../../src/main/core/export'
import { defaultLibrary } from './fixtures'

// Names the officer can save on Windows and macOS, send by e-mail and sort by date in a folder.

const { lookup, mexico, m5 } = defaultLibrary()
const titled = (en: string, fr = en): Brief => ({ ...mexico, title: { en, fr } })

describe('brief file names', () => {
  it('read date, partner, title', () => {
    expect(briefFileName(mexico, lookup, 'en')).toBe(
      '2027-02-17 Mexico - Bilateral meeting with Mexico on asylum capacity building.docx'
    )
    expect(briefFileName(m5, lookup, 'bilingual')).toBe(
      "2027-03-16 Migration Five (M5) - Migration Five (M5) senior officials' meeting.docx"
    )
  })

  it('keep French accents in a French export', () => {
    const name = briefFileName(mexico, lookup, 'fr')
    expect(name).toBe(
      "2027-02-17 Mexique - Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d'asile.docx"
    )
    expect(name.length).toBeLessThanOrEqual(120)
  })

  it('strip characters Windows or macOS refuse, and control characters', () => {
    const name = briefFileName(titled('a/b\\c:d*e?f"g<h>i|j\u0001k\u0000l\tm\nn'), lookup, 'en')
    expect(name).not.toMatch(/[/\\:*?"<>|]/)
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(name).not.toMatch(/[\u0000-\u001F]/)
    expect(name).toBe('2027-02-17 Mexico - a b c defghi jkl m n.docx')
  })

  it('trim trailing dots and spaces, which Windows drops', () => {
    expect(briefFileName(titled('Follow-up...  '), lookup, 'en')).toBe('2027-02-17 Mexico - Follow-up.docx')
    expect(safeFileName('. hidden. ', 'docx')).toBe('hidden.docx')
  })

  it('avoid the device names Windows reserves', () => {
    for (const reserved of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'nul.tar']) {
      expect(safeFileName(reserved, 'docx')).toBe(`_${reserved}.docx`)
    }
    expect(safeFileName('CONTRACT', 'docx')).toBe('CONTRACT.docx')
  })

  it('stay within 120 characters without cutting a character in two', () => {
    const long = briefFileName(titled('Very long meeting title '.repeat(20)), lookup, 'en')
    expect(long.length).toBeLessThanOrEqual(120)
    // Cut at the end of a word, not in the middle of one.
    expect(long).toMatch(/^2027-02-17 Mexico - Very long meeting title .* (Very|long|meeting|title)\.docx$/)
    // A flag is two code points: cutting between them would leave half a flag.
    const flags = safeFileName('🇨🇦'.repeat(100), 'docx')
    expect(flags).toMatch(/^(🇨🇦)+\.docx$/u)
    expect(flags.length).toBeLessThanOrEqual(120)
    // macOS counts bytes: 120 CJK characters would be 360 of them.
    const wide = safeFileName('移民'.repeat(100), 'docx')
    expect(new TextEncoder().encode(wide).length).toBeLessThanOrEqual(255)
  })

  it('fall back sensibly when the title or the partner is missing', () => {
    expect(briefFileName(titled('   '), lookup, 'en')).toBe('2027-02-17 Mexico.docx')
    expect(briefFileName({ ...mexico, partnerIds: [] }, lookup, 'en')).toBe(
      '2027-02-17 - Bilateral meeting with Mexico on asylum capacity building.docx'
    )
    expect(safeFileName('???', 'docx')).toBe('Brief.docx')
  })
})
