import { afterAll, describe, expect, it } from 'vitest'
import type { Notice } from '@shared/operations'
import { ERROR_CODES } from '@shared/result'
import type { ErrorCode } from '@shared/result'
import i18n from '@renderer/i18n'
import { readableStamp } from '@renderer/i18n/format-stamp'
import { errorMessage, noticeMessage } from '@renderer/i18n/messages'

const restored: Notice = {
  code: 'restored-from-backup',
  message: 'partners.json could not be read; it was restored from the backup of 2026-11-26.',
  params: { file: 'partners.json', backup: '2026-11-26T12-50-01-123Z', keptAs: 'partners.damaged-2026-11-27.json' }
}

afterAll(async () => {
  await i18n.changeLanguage('en')
})

describe('error messages', () => {
  it.each(ERROR_CODES)('%s reads as words in English and French, not as its code', (code) => {
    const en = errorMessage(i18n.getFixedT('en'), { code, message: 'log text' })
    const fr = errorMessage(i18n.getFixedT('fr'), { code, message: 'log text' })
    expect(en).not.toContain(code)
    expect(fr).not.toBe(en)
  })

  it('reads an unknown code as an internal error', () => {
    const t = i18n.getFixedT('en')
    const unknown = { code: 'disk-on-fire' as ErrorCode, message: 'log text' }
    expect(errorMessage(t, unknown)).toBe(errorMessage(t, { code: 'internal', message: '' }))
  })
})

describe('notice messages', () => {
  it('fill in the notice params in French', () => {
    const message = noticeMessage(i18n.getFixedT('fr'), restored)
    expect(message.translated).toBe(true)
    expect(message.text).toMatch(/sauvegarde du 2026-11-26 \d{2}:\d{2}\./)
    expect(message.text).toContain('partners.damaged-2026-11-27.json')
  })

  it('say "one copy" or "copies" by the count, in English and French', () => {
    const removed = (count: number): Notice => ({
      code: 'old-recovered-removed',
      message: 'log text',
      params: { count: String(count), days: '30' }
    })
    const en = i18n.getFixedT('en')
    const fr = i18n.getFixedT('fr')
    expect(noticeMessage(en, removed(1)).text).toContain('removed 1 copy of a damaged file')
    expect(noticeMessage(en, removed(3)).text).toContain('removed 3 copies of damaged files')
    expect(noticeMessage(en, removed(3)).text).toContain('more than 30 days ago')
    expect(noticeMessage(fr, removed(1)).text).toContain("supprimé 1 copie d'un fichier endommagé")
    expect(noticeMessage(fr, removed(3))).toMatchObject({ translated: true, text: expect.stringContaining('3 copies') })
  })

  it("fall back to the app's own sentence when a param the translation needs is missing", () => {
    const message = noticeMessage(i18n.getFixedT('fr'), { ...restored, params: { file: 'partners.json' } })
    expect(message).toEqual({ text: restored.message, translated: false })
  })
})

describe('readableStamp', () => {
  it("shows a backup's file-safe timestamp as local date and time", () => {
    // Noon UTC stays on the same calendar day in every time zone from UTC-11 to UTC+11.
    expect(readableStamp('2026-11-26T12-50-01-123Z')).toMatch(/^2026-11-26 \d{2}:\d{2}$/)
    expect(readableStamp('2026-11-26T12-50-01-123Z-2')).toMatch(/^2026-11-26 \d{2}:\d{2}$/)
  })

  it('leaves anything else as it is', () => {
    expect(readableStamp('last-night')).toBe('last-night')
  })
})
