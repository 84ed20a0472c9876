import { afterAll, describe, expect, it } from 'vitest'
import type { Notice } from '@shared/operations'
import { ERROR_CODES } from '@shared/result'
import type { ErrorCode } from '@shared/result'
import i18n from '@renderer/i18n'
import { dayText, meetingDateText, momentText, stampText, timeText } from '@renderer/i18n/format-date'
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
    const message = noticeMessage(i18n.getFixedT('fr'), restored, 'fr')
    expect(message.translated).toBe(true)
    expect(message.text).toMatch(/sauvegarde du 26 nov\. 2026, \d{1,2}\sh\s\d{2}\./)
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
    expect(noticeMessage(en, removed(1), 'en').text).toContain('removed 1 copy of a damaged file')
    expect(noticeMessage(en, removed(3), 'en').text).toContain('removed 3 copies of damaged files')
    expect(noticeMessage(en, removed(3), 'en').text).toContain('more than 30 days ago')
    expect(noticeMessage(fr, removed(1), 'fr').text).toContain("supprimé 1 copie d’un fichier endommagé")
    expect(noticeMessage(fr, removed(3), 'fr')).toMatchObject({
      translated: true,
      text: expect.stringContaining('3 copies')
    })
  })

  it("fall back to the app's own sentence when a param the translation needs is missing", () => {
    const message = noticeMessage(i18n.getFixedT('fr'), { ...restored, params: { file: 'partners.json' } }, 'fr')
    expect(message).toEqual({ text: restored.message, translated: false })
  })
})

describe('dates in the interface language', () => {
  it("shows a backup's file-safe timestamp as a moment, in each language", () => {
    // Noon UTC stays on the same calendar day in every time zone from UTC-11 to UTC+11.
    expect(stampText('2026-11-26T12-50-01-123Z', 'en')).toMatch(/^Nov 26, 2026, \d{1,2}:\d{2}\s[ap]\.m\.$/)
    expect(stampText('2026-11-26T12-50-01-123Z-2', 'fr')).toMatch(/^26 nov\. 2026, \d{1,2}\sh\s\d{2}$/)
    expect(momentText('2026-11-26T12:50:01.123Z', 'fr')).toBe(stampText('2026-11-26T12-50-01-123Z', 'fr'))
  })

  it('writes one format per kind of date', () => {
    expect(dayText('2027-02-17', 'en')).toBe('Feb 17, 2027')
    expect(dayText('2027-02-17', 'fr')).toBe('17 févr. 2027')
    expect(dayText('2025-05', 'fr')).toBe('mai 2025')
    expect(meetingDateText('2027-02-17', 'en')).toBe('Wednesday, February 17, 2027')
    expect(meetingDateText('2027-02-17', 'fr')).toBe('mercredi 17 février 2027')
    expect(timeText('09:30', 'en')).toBe('09:30')
    expect(timeText('09:30', 'fr')).toBe('9\u00A0h\u00A030')
    expect(timeText('10:00', 'fr')).toBe('10\u00A0h')
  })

  it('leaves anything else as it is', () => {
    expect(stampText('last-night', 'en')).toBe('last-night')
    expect(dayText('', 'fr')).toBe('')
    expect(momentText('soon', 'en')).toBe('soon')
  })
})
