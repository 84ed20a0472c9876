import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { EncryptionProgressBar, encryptionStage } from '@renderer/app/encryption-progress'
import { checkNewPassphrase } from '@renderer/app/passphrase-strength'
import { ProtectScreen } from '@renderer/app/protect-screen'
import { SettingsScreen } from '@renderer/features/settings/settings-screen'
import i18n from '@renderer/i18n'
import { errorMessage, noticeMessage } from '@renderer/i18n/messages'
import { count, renderIn } from './render'

// The screen that encrypts a plain data folder in place, and the idle-lock setting, in both
// languages; the e2e spec (protect.spec.ts) types in the screen and watches it work.

afterAll(async () => {
  await i18n.changeLanguage('en')
})

const offer = async () => null

describe('the protect screen', () => {
  it.each([
    [
      'en',
      {
        title: 'tabindex="-1">Protect this data folder</h1>',
        stays: 'Everything stays',
        inPlace: 'encrypted in place',
        interrupted: 'nothing is lost',
        lost: 'your data is lost',
        submit: '>Encrypt this folder and open Dossier</button>',
        other: 'lang="fr-CA">Français'
      }
    ],
    [
      'fr',
      {
        title: 'tabindex="-1">Protégez ce dossier de données</h1>',
        stays: 'Tout est conservé',
        inPlace: 'chiffrés sur place',
        interrupted: 'rien n’est perdu',
        lost: 'vos données sont perdues',
        submit: '>Chiffrer ce dossier et ouvrir Dossier</button>',
        other: 'lang="en-CA">English'
      }
    ]
  ] as const)(
    'in %s says what stays, what a crash does, and what a lost passphrase costs; asks twice',
    async (language, words) => {
      const html = await renderIn(language, <ProtectScreen onEncrypt={offer} />)
      expect(count(html, '<h1')).toBe(1)
      for (const text of Object.values(words)) expect(html).toContain(text)
      expect(count(html, 'type="password"')).toBe(2)
      expect(count(html, 'autoComplete="new-password"') + count(html, 'autocomplete="new-password"')).toBe(2)
      // The strength hint of the set-up screen, read with the first field.
      expect(html).toContain('id="passphrase-strength"')
      expect(html).toMatch(/aria-describedby="passphrase-advice passphrase-strength"/)
      // Required: the language switch and the one way on, encrypting; no "Not now".
      expect(count(html, '<button')).toBe(2)
      expect(html).not.toMatch(/Not now|Plus tard|protect\.|lockScreens\.|\{\{|undefined/)
    }
  )

  it('refuses a passphrase too short, or typed differently the second time, before asking anything', () => {
    expect(checkNewPassphrase('lantern', 'lantern')).toBe('too-short')
    expect(checkNewPassphrase('maple river lantern quietly', 'maple river lantern quietlY')).toBe('mismatch')
    expect(checkNewPassphrase('maple river lantern quietly', '')).toBe('mismatch')
    expect(checkNewPassphrase('maple river lantern quietly', 'maple river lantern quietly')).toBeNull()
  })

  it('says how far the encryption has come, rounded down, in each language', async () => {
    expect(encryptionStage(null)).toBe('preparing')
    expect(encryptionStage({ done: 10, total: 200 })).toBe('encrypting')
    expect(encryptionStage({ done: 200, total: 200 })).toBe('opening')
    const english = await renderIn('en', <EncryptionProgressBar progress={{ done: 999, total: 1000 }} />)
    expect(english).toContain('value="99"')
    expect(english).toContain('>99% done<')
    expect(english).toContain('aria-label="Encryption progress"')
    const french = await renderIn('fr', <EncryptionProgressBar progress={{ done: 421, total: 1000 }} />)
    expect(french).toMatch(/>42\s%\sterminé</u)
    expect(french).toContain('aria-label="Progression du chiffrement"')
    expect(await renderIn('en', <EncryptionProgressBar progress={{ done: 0, total: 0 }} />)).toContain('>100% done<')
  })

  it.each(['en', 'fr'] as const)('in %s explains the two new refusals in plain words', async (language) => {
    await i18n.changeLanguage(language)
    const needs = errorMessage(i18n.t, { code: 'needs-encryption', message: '' })
    const failed = errorMessage(i18n.t, { code: 'encryption-failed', message: '' })
    expect(needs).toContain(language === 'en' ? 'not encrypted yet' : 'pas encore chiffrées')
    expect(failed).toContain(language === 'en' ? 'nothing was lost' : 'rien n’est perdu')
    expect(failed).toContain(language === 'en' ? 'The disk may be full' : 'Le disque est peut-être plein')
  })
})

describe('the notices after an interrupted encryption', () => {
  it.each([
    ['en', 'Dossier finished it at this start. Nothing was lost.', 'Dossier found the folder as it was before'],
    ['fr', 'Dossier l’a terminé à ce démarrage. Rien n’a été perdu.', 'Dossier a retrouvé le dossier tel qu’il était']
  ] as const)('in %s say what became of it, and that nothing was lost', async (language, finished, undone) => {
    await i18n.changeLanguage(language)
    const told = (code: 'encryption-finished' | 'encryption-undone') =>
      noticeMessage(i18n.t, { code, message: 'English for the log', params: {} }, language)
    expect(told('encryption-finished')).toEqual({ text: expect.stringContaining(finished), translated: true })
    expect(told('encryption-undone')).toEqual({ text: expect.stringContaining(undone), translated: true })
  })
})

describe('the idle-lock setting', () => {
  const settings = { ...DEFAULT_SETTINGS, idleLockMinutes: 30 as const }

  it.each([
    ['en', 'Lock Dossier after', ['5 minutes without use', '15 minutes without use', '60 minutes without use']],
    ['fr', 'Verrouiller Dossier après', ['5 minutes sans utilisation', '60 minutes sans utilisation']]
  ] as const)(
    'in %s offers the choices for an encrypted folder, the saved one selected',
    async (language, label, options) => {
      const html = await renderIn(
        language,
        <SettingsScreen settings={settings} dataDir="/d" encrypted={true} onSaved={() => {}} />
      )
      expect(html).toContain(`<label class="field-label" for="idle-lock">${label}</label>`)
      // The idle-lock select's own options: Settings has other selects (the marking of new briefs).
      const select = /<select[^>]*id="idle-lock"[\s\S]*?<\/select>/.exec(html)?.[0] ?? ''
      expect(count(select, '<option')).toBe(5)
      expect(html).toMatch(/<option value="30" selected="">30 /)
      for (const option of options) expect(html).toContain(option)
      expect(html).not.toMatch(/settings\.idleLock|\{\{|undefined/)
    }
  )

  it('is absent for a plain folder, which never locks', async () => {
    const html = await renderIn(
      'en',
      <SettingsScreen settings={settings} dataDir="/d" encrypted={false} onSaved={() => {}} />
    )
    expect(html).not.toContain('idle-lock')
  })
})
