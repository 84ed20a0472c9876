import { describe, expect, it } from 'vitest'
import { LIBRARY_KINDS } from '@shared/entities'
import { LANGUAGES } from '@shared/languages'
import { VALIDATION_KEYS } from '@renderer/lib/field-problems'
import { newDraft } from '@renderer/features/library/edit/drafts'
import { versionFields } from '@renderer/lib/version-fields'
import type { ValueNames } from '@renderer/lib/version-fields'
import type { ItemVersion } from '@renderer/lib/versions'
import { catalogs as merged } from '@renderer/i18n/catalogs'

const { en, fr } = merged
import { flatten, hasKey } from './catalog-helpers'
import type { Catalog } from './catalog-helpers'

// Keys the renderer passes to t() as values (problem keys, field labels of a diff), which the
// scan of literal t('...') calls cannot see.

const catalogs = { en: flatten(en as Catalog), fr: flatten(fr as Catalog) }
const names: ValueNames = {
  status: String,
  marking: String,
  topic: String,
  partnerKind: String,
  partner: (id) => id,
  anyPartner: { en: '', fr: '' }
}

const asVersion = (draft: object) =>
  ({ id: 'x', version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: '', ...draft }) as unknown as ItemVersion

describe('keys given to t() as values', () => {
  it.each(LANGUAGES)('every validation problem is translated in %s', (language) => {
    expect(VALIDATION_KEYS.filter((key) => !hasKey(catalogs[language], key))).toEqual([])
  })

  it.each(LANGUAGES)('every field a diff names is translated in %s', (language) => {
    const keys = LIBRARY_KINDS.flatMap((kind) =>
      versionFields(kind, asVersion(newDraft(kind)), names).map((f) => f.labelKey)
    )
    expect(keys.length).toBeGreaterThan(20)
    expect(keys.filter((key) => !hasKey(catalogs[language], key))).toEqual([])
  })
})
