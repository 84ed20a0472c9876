import { describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import type { BriefOpened } from '@shared/operations'
import { checksFor, groupChecks, groupedChecks, lookupFrom } from '@renderer/features/export/check-groups'
import { kilobytes } from '@renderer/features/export/export-outcome'
import {
  briefFileName,
  joinNameParts,
  nameLanguage,
  packageFileName,
  safeFileName
} from '@renderer/features/export/file-name'
import { packageLanguage } from '@renderer/features/export/load-export-subject'
import { brief, partner } from './fixtures'

describe('the suggested file name', () => {
  it('drops the characters Windows or macOS refuse, and keeps accents', () => {
    expect(safeFileName('Réunion: Canada/Mexique <2027> "asile"? * | \\ fin', 'docx')).toBe(
      'Réunion Canada Mexique 2027 asile fin.docx'
    )
  })

  it('keeps composed accents as one character (NFC), as Windows and macOS both show them', () => {
    const decomposed = 'Re\u0301union'
    expect(safeFileName(decomposed, 'docx')).toBe('Réunion.docx')
  })

  it('removes control characters and trims leading dots and trailing dots or spaces', () => {
    expect(safeFileName('..\u0007Trip\tplan. . ', 'zip')).toBe('Trip plan.zip')
  })

  it('never names a Windows device, and never returns an empty name', () => {
    expect(safeFileName('CON', 'docx')).toBe('_CON.docx')
    expect(safeFileName('nul.txt', 'docx')).toBe('_nul.txt.docx')
    expect(safeFileName('???', 'docx')).toBe('Dossier.docx')
    expect(safeFileName('', 'zip', 'Brief')).toBe('Brief.zip')
  })

  it('stays within 120 characters, cutting at a word', () => {
    const name = safeFileName(`2027-02-17 Mexico - ${'capacité '.repeat(30)}`, 'docx')
    expect(Array.from(name).length).toBeLessThanOrEqual(120)
    expect(name.endsWith('capacité.docx')).toBe(true)
  })

  it('joins date, partner and title as the export names its files', () => {
    expect(joinNameParts('2027-02-17', 'Mexico', 'Asylum talks')).toBe('2027-02-17 Mexico - Asylum talks')
    expect(joinNameParts('2027-02-17', '', 'Asylum talks')).toBe('2027-02-17 - Asylum talks')
    expect(joinNameParts('2027-02-17', 'Mexico', ' ')).toBe('2027-02-17 Mexico')
  })

  it('names a brief by its meeting date, first partner and title, in the chosen language', () => {
    const mexico = brief({ meeting: { date: '2027-02-17', time: '', place: '', format: 'bilateral' } })
    const name = partner().name
    expect(briefFileName(mexico, name, 'en')).toBe('2027-02-17 Mexico - Bilateral with Mexico.docx')
    expect(briefFileName(mexico, name, 'fr')).toBe('2027-02-17 Mexique - Rencontre bilatérale avec le Mexique.docx')
    // A French-only title is used when the English one is not written.
    expect(briefFileName({ ...mexico, title: { en: '', fr: 'Réunion' } }, undefined, 'en')).toBe(
      '2027-02-17 - Réunion.docx'
    )
  })

  it('names a package by its start date and name, with the chosen extension', () => {
    const pkg = { name: { en: 'Spring trip: Mexico', fr: 'Voyage du printemps : Mexique' }, startDate: '2027-02-15' }
    expect(packageFileName(pkg, 'zip', 'en')).toBe('2027-02-15 Spring trip Mexico.zip')
    expect(packageFileName(pkg, 'docx', 'fr')).toBe('2027-02-15 Voyage du printemps Mexique.docx')
  })

  it('names a bilingual export in the interface language', () => {
    expect(nameLanguage('bilingual', 'fr')).toBe('fr')
    expect(nameLanguage('en', 'fr')).toBe('en')
  })
})

const meta = {
  status: 'approved' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'IRCC',
  topics: [],
  lastReviewed: '2026-01-01',
  reviewBy: '2030-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'IRCC',
  partnerIds: [],
  history: []
}
const approved: KeyMessage = {
  ...meta,
  id: 'km-approved',
  version: 1,
  title: { en: 'Approved', fr: 'Approuvé' },
  text: { en: 'Line.', fr: '' }
}
const draft: KeyMessage = {
  ...meta,
  id: 'km-draft',
  status: 'draft',
  version: 1,
  title: { en: 'Draft', fr: 'Ébauche' },
  text: { en: 'Line.', fr: 'Ligne.' }
}

function opened(id: string, title: string): BriefOpened {
  return {
    brief: brief({
      id,
      title: { en: title, fr: title },
      marking: 'UNCLASSIFIED',
      sections: [
        {
          id: 'sec-messages',
          kind: 'key-messages',
          title: { en: 'Key messages', fr: 'Messages clés' },
          items: [
            {
              type: 'library',
              id: 'item-a',
              kind: 'keyMessage',
              itemId: 'km-approved',
              placedVersion: 1,
              override: null
            },
            { type: 'library', id: 'item-b', kind: 'keyMessage', itemId: 'km-draft', placedVersion: 1, override: null }
          ]
        }
      ]
    }),
    library: [
      { kind: 'keyMessage', item: approved },
      { kind: 'keyMessage', item: draft }
    ],
    markingRaised: null
  }
}

describe('the checks before export', () => {
  it('looks items up by kind and id among what briefs.open returned', () => {
    const lookup = lookupFrom(opened('b', 'B').library)
    expect(lookup('keyMessage', 'km-draft')?.id).toBe('km-draft')
    expect(lookup('partner', 'km-draft')).toBeUndefined()
  })

  it('checks the language chosen for the export, not the brief’s own', () => {
    const one = opened('brief-one', 'One')
    expect(checksFor(one, 'en', '2026-06-01').map((entry) => entry.check.code)).toEqual(['draft'])
    expect(checksFor(one, 'fr', '2026-06-01').map((entry) => entry.check.code)).toEqual(['missing-language', 'draft'])
    expect(checksFor(one, 'fr', '2026-06-01')[0]?.sectionTitle).toEqual({ en: 'Key messages', fr: 'Messages clés' })
  })

  it('splits blocking problems from those worth a look, keeping the briefs’ order', () => {
    const groups = groupedChecks([opened('brief-one', 'One'), opened('brief-two', 'Two')], 'bilingual', '2026-06-01')
    expect(groups.mustFix.map((entry) => [entry.briefId, entry.check.code, entry.check.detail])).toEqual([
      ['brief-one', 'missing-language', 'fr'],
      ['brief-two', 'missing-language', 'fr']
    ])
    expect(groups.worthALook.map((entry) => [entry.briefId, entry.check.code])).toEqual([
      ['brief-one', 'draft'],
      ['brief-two', 'draft']
    ])
  })

  it('has nothing in either group when all is well', () => {
    expect(groupChecks([])).toEqual({ mustFix: [], worthALook: [] })
  })

  it('starts a package export in its briefs’ language when they agree, else bilingual', () => {
    const english = opened('a', 'A')
    const french: BriefOpened = { ...english, brief: { ...english.brief, language: 'fr' } }
    expect(packageLanguage([english, english])).toBe('en')
    expect(packageLanguage([english, french])).toBe('bilingual')
    expect(packageLanguage([])).toBe('bilingual')
  })
})

describe('the size of a saved file', () => {
  it('is in kilobytes of 1,000 bytes, in the interface’s number format, never zero', () => {
    expect(kilobytes(37_900, 'en-CA')).toBe('38')
    expect(kilobytes(2_400_000, 'en-CA')).toBe('2,400')
    expect(kilobytes(2_400_000, 'fr-CA')).toBe('2\u00a0400')
    expect(kilobytes(12, 'en-CA')).toBe('1')
  })
})
