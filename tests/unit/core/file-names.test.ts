import { describe, expect, it, vi } from 'vitest'
import type { Brief, Package } from '@shared/entities'
import type { MeetingRecord } from '@shared/records'
import { safeFileName } from '@shared/file-name'
import {
  briefFileName,
  bundleFileName,
  packageFileName,
  publicKeyFileName,
  recordFileName
} from '../../../src/main/core/file-names'
import { defaultLibrary } from './export/fixtures'

// Names are made once, in the main process: the save dialog's suggestion, the command line's
// name in a folder given as --out, and the names of the files in a zip package: names the
// officer can save on Windows and macOS, send by e-mail and sort by date in a folder.

const { lookup, mexico, m5 } = defaultLibrary()
const titled = (en: string, fr = en): Brief => ({ ...mexico, title: { en, fr } })

describe('brief file names', () => {
  it('read date, partner, title', () => {
    expect(briefFileName(mexico, lookup, 'en', 'en')).toBe(
      '2027-02-17 Mexico - Bilateral meeting with Mexico on asylum capacity building.docx'
    )
    expect(briefFileName(m5, lookup, 'en', 'en')).toBe(
      "2027-03-16 Migration Five (M5) - Migration Five (M5) senior officials' meeting.docx"
    )
  })

  it('keep French accents in a French export', () => {
    const name = briefFileName(mexico, lookup, 'fr', 'fr')
    expect(name).toBe(
      "2027-02-17 Mexique - Rencontre bilatérale avec le Mexique sur le renforcement des capacités en matière d'asile.docx"
    )
    expect(name.length).toBeLessThanOrEqual(120)
  })

  it('strip characters Windows or macOS refuse, and control characters', () => {
    const name = briefFileName(titled('a/b\\c:d*e?f"g<h>i|j\u0001k\u0000l\tm\nn'), lookup, 'en', 'en')
    expect(name).not.toMatch(/[/\\:*?"<>|]/)
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(name).not.toMatch(/[\u0000-\u001F]/)
    expect(name).toBe('2027-02-17 Mexico - a b c defghi jkl m n.docx')
  })

  it('trim trailing dots and spaces, which Windows drops', () => {
    expect(briefFileName(titled('Follow-up...  '), lookup, 'en', 'en')).toBe('2027-02-17 Mexico - Follow-up.docx')
    expect(safeFileName('. hidden. ', 'docx')).toBe('hidden.docx')
  })

  it('avoid the device names Windows reserves', () => {
    for (const reserved of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'nul.tar']) {
      expect(safeFileName(reserved, 'docx')).toBe(`_${reserved}.docx`)
    }
    expect(safeFileName('CONTRACT', 'docx')).toBe('CONTRACT.docx')
  })

  it('stay within 120 characters without cutting a character in two', () => {
    const long = briefFileName(titled('Very long meeting title '.repeat(20)), lookup, 'en', 'en')
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

  it("cut only a name too long to fit, so a name that fits never starts ICU's segmenter", async () => {
    vi.resetModules()
    const segmenter = vi.spyOn(Intl, 'Segmenter')
    try {
      const fresh = await import('@shared/file-name')
      const fits = 'é'.repeat(115)
      expect(fresh.safeFileName(fits, 'docx')).toBe(`${fits}.docx`)
      expect(segmenter).not.toHaveBeenCalled()
      expect(fresh.safeFileName('é'.repeat(116), 'docx')).toBe(`${'é'.repeat(115)}.docx`)
      expect(segmenter).toHaveBeenCalledTimes(1)
    } finally {
      segmenter.mockRestore()
    }
  })

  it('fall back sensibly when the title or the partner is missing', () => {
    expect(briefFileName(titled('   '), lookup, 'en', 'en')).toBe('2027-02-17 Mexico.docx')
    expect(briefFileName({ ...mexico, partnerIds: [] }, lookup, 'en', 'en')).toBe(
      '2027-02-17 - Bilateral meeting with Mexico on asylum capacity building.docx'
    )
    expect(safeFileName('???', 'docx')).toBe('Dossier.docx')
    expect(safeFileName('', 'zip', 'Brief')).toBe('Brief.zip')
  })
})

describe('other file names', () => {
  it('keep accents composed (NFC), as Windows and macOS both show them', () => {
    expect(safeFileName('Re\u0301union: Canada/Mexique <2027> "asile"?', 'docx')).toBe(
      'Réunion Canada Mexique 2027 asile.docx'
    )
  })

  it('use the other language for a title written in one only', () => {
    expect(briefFileName({ ...mexico, partnerIds: [], title: { en: '', fr: 'Réunion' } }, lookup, 'en', 'en')).toBe(
      '2027-02-17 - Réunion.docx'
    )
  })

  it('names a package by its start date and name, with the chosen extension', () => {
    const pkg: Package = {
      id: 'pkg-spring',
      endDate: '2027-02-20',
      marking: 'UNCLASSIFIED',
      briefIds: [],
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      name: { en: 'Spring trip: Mexico', fr: 'Voyage du printemps : Mexique' },
      startDate: '2027-02-15'
    }
    expect(packageFileName(pkg, 'zip', 'en', 'fr')).toBe('2027-02-15 Spring trip Mexico.zip')
    expect(packageFileName(pkg, 'docx', 'fr', 'en')).toBe('2027-02-15 Voyage du printemps Mexique.docx')
    expect(packageFileName(pkg, 'docx', 'bilingual', 'fr')).toBe(
      '2027-02-15 Voyage du printemps Mexique - bilingue.docx'
    )
  })

  it('names a bundle by the local day it was made and its highest marking', () => {
    expect(bundleFileName(new Date(2026, 10, 26, 23, 30), 'UNCLASSIFIED')).toBe(
      'dossier-library-2026-11-26-UNCLASSIFIED.dossier'
    )
    expect(bundleFileName(new Date(2026, 11, 4, 9, 0), 'PROTECTED A')).toBe(
      'dossier-library-2026-12-04-PROTECTED-A.dossier'
    )
  })

  it('names a public key file after its publisher, safe on every system', () => {
    expect(publicKeyFileName('IRCC International Affairs, Ottawa')).toBe(
      'IRCC International Affairs, Ottawa.dossier-key'
    )
    expect(publicKeyFileName('Mission: Mexico City / Consular')).toBe('Mission Mexico City Consular.dossier-key')
  })

  it('never gives two documents of one meeting the same name: brief, card, record, one language or both', () => {
    const record = { ...mexico, id: 'record-mexico' } as unknown as MeetingRecord
    const names = [
      briefFileName(mexico, lookup, 'fr', 'fr'),
      briefFileName(mexico, lookup, 'bilingual', 'fr'),
      briefFileName(mexico, lookup, 'fr', 'fr', 'card'),
      briefFileName(mexico, lookup, 'bilingual', 'fr', 'card'),
      recordFileName(record, lookup, 'fr', 'fr'),
      recordFileName(record, lookup, 'bilingual', 'fr')
    ]
    expect(new Set(names).size).toBe(names.length)
    expect(names[3]).toMatch(/ - fiche - bilingue\.docx$/)
    expect(briefFileName(mexico, lookup, 'bilingual', 'en', 'card')).toMatch(/ - card - bilingual\.docx$/)
    // Cut to fit, a long title keeps what tells the file apart.
    const long = recordFileName(
      { ...record, title: { en: 'Long title '.repeat(20), fr: '' } },
      lookup,
      'bilingual',
      'en'
    )
    expect(long).toMatch(/ - record of discussion - bilingual\.docx$/)
    expect(long.length).toBeLessThanOrEqual(120)
  })
})
