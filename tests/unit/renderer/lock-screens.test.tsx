import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '@shared/entities'
import { LOCK_REASONS } from '@shared/operations'
import { AppShell } from '@renderer/app/app-shell'
import { passphraseStrength } from '@renderer/app/passphrase-strength'
import { SetUpScreen } from '@renderer/app/set-up-screen'
import { UnlockScreen } from '@renderer/app/unlock-screen'
import i18n from '@renderer/i18n'
import { count, renderIn } from './render'

// What the passphrase screens say, in both languages; the e2e spec (unlock.spec.ts) types in them.

afterAll(async () => {
  await i18n.changeLanguage('en')
})

const offer = async () => null

describe('the passphrase strength hint', () => {
  it('asks for the characters still missing, then weighs length and variety', () => {
    expect(passphraseStrength('')).toEqual({ level: 'too-short', missing: 10 })
    expect(passphraseStrength('lantern')).toEqual({ level: 'too-short', missing: 3 })
    // Counted in characters as a person sees them, not in UTF-16 units.
    expect(passphraseStrength('🍁🍁🍁🍁🍁🍁🍁🍁🍁')).toEqual({ level: 'too-short', missing: 1 })
    expect(passphraseStrength('aaaaaaaaaaaa').level).toBe('weak')
    expect(passphraseStrength('password12').level).toBe('weak')
    expect(passphraseStrength('Tr0ub4dor&3').level).toBe('fair')
    expect(passphraseStrength('maple river lantern').level).toBe('fair')
    expect(passphraseStrength('maple river lantern quietly').level).toBe('strong')
    expect(passphraseStrength('érable rivière lanterne doucement').level).toBe('strong')
  })
})

describe('the set-up screen', () => {
  it.each(['en', 'fr'] as const)(
    'in %s asks twice, hints at strength, and says a lost passphrase loses the data',
    async (language) => {
      const html = await renderIn(language, <SetUpScreen onSetUp={offer} />)
      expect(count(html, '<h1')).toBe(1)
      expect(count(html, 'type="password"')).toBe(2)
      expect(count(html, 'autoComplete="new-password"') + count(html, 'autocomplete="new-password"')).toBe(2)
      expect(html).toContain(language === 'en' ? 'At least 10 characters' : 'Au moins 10 caractères')
      expect(html).toContain(language === 'en' ? 'your data is lost' : 'vos données sont perdues')
      expect(html).toContain(language === 'en' ? 'Encrypt and open Dossier' : 'Chiffrer et ouvrir Dossier')
      // The other language is offered before anything is chosen.
      expect(html).toContain(language === 'en' ? 'lang="fr-CA">Français' : 'lang="en-CA">English')
      expect(html).not.toMatch(/lockScreens\.|\{\{|undefined/)
    }
  )
})

describe('the unlock screen', () => {
  it.each(['en', 'fr'] as const)('in %s has words for every reason it locked, and for a start', async (language) => {
    const pages: string[] = []
    for (const reason of [...LOCK_REASONS, null]) {
      pages.push(
        await renderIn(language, <UnlockScreen reason={reason} onUnlock={offer} onUnlockWithComputer={offer} />)
      )
    }
    for (const html of pages) {
      expect(count(html, '<h1')).toBe(1)
      expect(count(html, 'type="password"')).toBe(1)
      expect(html).toContain(language === 'en' ? '>Unlock</button>' : '>Déverrouiller</button>')
      expect(html).not.toMatch(/lockScreens\.|\{\{|undefined/)
    }
    expect(new Set(pages).size).toBe(pages.length)
  })
})

describe('the Lock button', () => {
  const status = { dataDir: '/d', notices: [], encrypted: true }
  const settings = DEFAULT_SETTINGS

  it('is in the banner for an encrypted folder, and absent for a plain one', async () => {
    const encrypted = await renderIn(
      'en',
      <AppShell status={status} initialSettings={settings} settingsError={null} onLock={async () => {}} />
    )
    expect(encrypted).toMatch(
      /<header[\s\S]*<button[^>]*class="nav-button lock-button"[^>]*>Lock<\/button>[\s\S]*<\/header>/
    )
    const plain = await renderIn(
      'en',
      <AppShell status={{ ...status, encrypted: false }} initialSettings={settings} settingsError={null} />
    )
    expect(plain).not.toContain('lock-button')
  })
})
