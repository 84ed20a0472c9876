import { describe, expect, it } from 'vitest'
import type { KeyMessage } from '@shared/entities'
import type { BriefOpened } from '@shared/operations'
import {
  checksFor,
  groupChecks,
  groupedChecks,
  lookupFrom,
  packageChecks
} from '@renderer/features/export/check-groups'
import type { ListedCheck } from '@renderer/features/export/check-groups'
import { checkText } from '@renderer/features/export/check-list'
import { kilobytes } from '@renderer/components/exported-file-notice'
import i18n from '@renderer/i18n'
import { packageLanguage } from '@renderer/features/export/load-export-subject'
import { brief } from './fixtures'
import { emptySource } from '@shared/source'

const meta = {
  status: 'approved' as const,
  marking: 'UNCLASSIFIED' as const,
  owner: 'IRCC',
  topics: [],
  lastReviewed: '2026-01-01',
  source: emptySource(),
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
      objectives: { en: 'Agree next steps.', fr: 'Convenir des prochaines étapes.' },
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

describe('checks on the brief’s own texts in the export dialog', () => {
  const placeInEnglish = (): BriefOpened => {
    const base = opened('brief-place', 'Place')
    return { ...base, brief: { ...base.brief, meeting: { ...base.brief.meeting, place: { en: 'Ottawa', fr: '' } } } }
  }

  it('stop a French export and name the field in the interface language', () => {
    const [first] = checksFor(placeInEnglish(), 'fr', '2026-06-01')
    expect(first?.check).toMatchObject({
      code: 'missing-language',
      blocking: true,
      field: 'meeting.place',
      detail: 'fr'
    })
    expect(checkText(i18n.getFixedT('en'), first!, 'en')).toBe('The brief’s “Place” has no French version.')
    expect(checkText(i18n.getFixedT('fr'), first!, 'fr')).toBe(
      'Le champ « Lieu » de la note d’information n’a pas de version française.'
    )
  })

  it('leave an English export alone', () => {
    expect(
      checksFor(placeInEnglish(), 'en', '2026-06-01').some((entry) => entry.check.code === 'missing-language')
    ).toBe(false)
  })
})

describe('the package’s own checks in the export dialog', () => {
  const pkg = {
    id: 'package-spring',
    name: { en: 'Spring trip', fr: '' },
    startDate: '2027-02-15',
    endDate: '2027-02-20',
    marking: 'UNCLASSIFIED' as const,
    briefIds: [],
    createdAt: '2026-06-01T00:00:00.000Z',
    updatedAt: '2026-06-01T00:00:00.000Z'
  }

  it('stop a French or bilingual export of a package named in English only, first among its checks', () => {
    expect(packageChecks(pkg, 'en')).toEqual([])
    const [french] = packageChecks(pkg, 'fr')
    expect(french?.check).toMatchObject({
      code: 'missing-language',
      blocking: true,
      field: 'package.name',
      detail: 'fr'
    })
    expect(packageChecks(pkg, 'bilingual')).toHaveLength(1)
    expect(groupedChecks([opened('brief-a', 'A')], 'fr', '2026-06-01', pkg).mustFix[0]).toEqual(french)
    expect(checkText(i18n.getFixedT('en'), french!, 'en')).toBe(
      'The package has no French name: write it in the package’s details, or the cover will print the English one.'
    )
    expect(checkText(i18n.getFixedT('fr'), french!, 'fr')).toBe(
      'La trousse n’a pas de nom en français\u00a0: écrivez-le dans ses détails, sinon la page de couverture affichera le nom anglais.'
    )
  })
})

describe('the brief’s gaps in the export dialog', () => {
  const gappy = (): BriefOpened => {
    const base = opened('brief-gaps', 'Gaps')
    return {
      ...base,
      brief: {
        ...base.brief,
        objectives: { en: '', fr: '' },
        sections: [
          ...base.brief.sections,
          { id: 'sec-annexes', kind: 'annexes', title: { en: 'Annexes', fr: 'Annexes' }, items: [] }
        ]
      }
    }
  }
  const texts = (language: 'en' | 'fr') => {
    const groups = groupedChecks([gappy()], 'en', '2026-06-01')
    const say = (entries: typeof groups.mustFix) =>
      entries.map((entry) => checkText(i18n.getFixedT(language), entry, language))
    return { mustFix: say(groups.mustFix), worthALook: say(groups.worthALook) }
  }

  it('stops the export for missing objectives and warns that an empty section will be left out, in English', () => {
    const { mustFix, worthALook } = texts('en')
    expect(mustFix).toEqual(['The brief has no objectives: say what the meeting is for before it goes out.'])
    expect(worthALook).toContain('The section “Annexes” is empty: it will be left out of the Word file.')
  })

  it("quotes an item's title as its sentence's language does", () => {
    const retired: ListedCheck = {
      briefId: 'brief-gaps',
      briefTitle: { en: 'Gaps', fr: 'Lacunes' },
      sectionTitle: { en: 'Key messages', fr: 'Messages clés' },
      check: {
        code: 'retired',
        blocking: false,
        sectionId: 'sec-1',
        briefItemId: 'item-1',
        title: { en: 'Balanced talk', fr: 'Un discours équilibré' },
        detail: null
      }
    }
    expect(checkText(i18n.getFixedT('en'), retired, 'en')).toBe(
      '“Balanced talk”, in “Key messages”, is retired from the library.'
    )
    // English quotes in a French sentence were written into the code; French takes « » with no-break spaces.
    expect(checkText(i18n.getFixedT('fr'), retired, 'fr')).toMatch(
      /^«\u00a0Un discours équilibré\u00a0», dans « Messages clés »/
    )
  })

  it('says the same in French', () => {
    const { mustFix, worthALook } = texts('fr')
    expect(mustFix).toEqual([
      'La note d’information n’a pas d’objectifs : indiquez à quoi sert la rencontre avant de la transmettre.'
    ])
    expect(worthALook).toContain('La section « Annexes » est vide : elle sera omise du fichier Word.')
  })
})
