import { describe, expect, it } from 'vitest'
import { keyMessageSchema } from '@shared/entities'
import { highestMarking, markingLabel, markingSchema } from '@shared/markings'
import { pick } from '@shared/languages'
import { emptySource } from '@shared/source'

const message = {
  id: 'km-test',
  status: 'approved',
  marking: 'UNCLASSIFIED',
  owner: 'IRCC',
  topics: ['asylum'],
  lastReviewed: '2026-01-15',
  source: emptySource(),
  reviewBy: '2027-01-15',
  version: 1,
  updatedAt: '2026-01-15T10:00:00.000Z',
  updatedBy: 'IRCC',
  title: { en: 'Balanced narrative', fr: 'Discours équilibré' },
  text: { en: 'Canada values regular pathways.', fr: 'Le Canada valorise les voies régulières.' },
  partnerIds: [],
  history: []
}

describe('markings', () => {
  it('accepts the three designated levels, written in any case', () => {
    expect(markingSchema.parse('protected b')).toBe('PROTECTED B')
    expect(markingSchema.parse('UNCLASSIFIED')).toBe('UNCLASSIFIED')
  })

  it('refuses classified levels and PROTECTED C with a reason', () => {
    for (const level of ['SECRET', 'Confidential', 'PROTECTED C', 'TOP SECRET']) {
      const result = markingSchema.safeParse(level)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toContain('cannot hold')
    }
    expect(markingSchema.safeParse('PINK').error?.issues[0]?.message).toContain('is not a security marking')
  })

  it('prints French forms and finds the highest level', () => {
    expect(markingLabel('PROTECTED B', 'fr')).toBe('PROTÉGÉ B')
    expect(markingLabel('UNCLASSIFIED', 'fr')).toBe('NON CLASSIFIÉ')
    expect(highestMarking(['UNCLASSIFIED', 'PROTECTED B', 'PROTECTED A'])).toBe('PROTECTED B')
    expect(highestMarking([])).toBe('UNCLASSIFIED')
  })
})

describe('library items', () => {
  it('accepts a complete approved key message', () => {
    expect(keyMessageSchema.safeParse(message).success).toBe(true)
  })

  it('refuses an approved item missing its French text but accepts the same as a draft', () => {
    const untranslated = { ...message, text: { en: message.text.en, fr: '' } }
    const approved = keyMessageSchema.safeParse(untranslated)
    expect(approved.success).toBe(false)
    expect(approved.error?.issues[0]?.path).toEqual(['text'])
    expect(keyMessageSchema.safeParse({ ...untranslated, status: 'draft' }).success).toBe(true)
  })

  it('refuses a classified item and an impossible review date', () => {
    expect(keyMessageSchema.safeParse({ ...message, marking: 'SECRET' }).success).toBe(false)
    expect(keyMessageSchema.safeParse({ ...message, reviewBy: '2027-02-30' }).success).toBe(false)
  })
})

describe('bilingual text', () => {
  it('falls back to the other language when the wanted one is empty', () => {
    expect(pick({ en: 'Visa delays', fr: '' }, 'fr')).toBe('Visa delays')
    expect(pick({ en: 'Visa delays', fr: 'Retards' }, 'fr')).toBe('Retards')
  })
})
