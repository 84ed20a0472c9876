import { afterAll, describe, expect, it } from 'vitest'
import type { ComputerUnlockStatus } from '@shared/computer-unlock'
import { ComputerUnlockOffer } from '@renderer/app/computer-unlock-choice'
import { ComputerUnlockSection, TurnOnForm } from '@renderer/features/settings/computer-unlock-setting'
import i18n from '@renderer/i18n'
import { count, renderIn } from './render'

// What "Unlock without typing on this computer" says and offers, in Settings and on the unlock
// screen, for each state the main process can report, in both languages. The e2e spec
// (computer-unlock.spec.ts) presses the buttons.

afterAll(async () => {
  await i18n.changeLanguage('en')
})

const nothing = () => undefined
const noError = async () => null

type Offered = Exclude<ComputerUnlockStatus, { state: 'not-offered' }>
const STATES: Offered[] = [
  { state: 'off' },
  { state: 'on' },
  { state: 'failed' },
  { state: 'unsafe', reason: 'basic-text' },
  { state: 'unsafe', reason: 'data-folder' }
]

const WORDS = {
  en: {
    heading: 'Unlock without typing on this computer',
    anyone: 'anyone who can sign in to this computer account can open your briefs and library',
    elsewhere: 'still needed on any other computer',
    recovery: 'remains the way back in',
    turnOn: '>Turn on…</button>',
    turnOnAgain: '>Turn on again…</button>',
    turnOff: '>Turn off</button>',
    basicText: 'no keyring (such as GNOME Keyring or KWallet)',
    dataFolder: 'the key would travel with your data',
    button: '>Unlock with this computer account</button>',
    failed: 'could not open without your passphrase this time'
  },
  fr: {
    heading: 'Déverrouiller sans taper sur cet ordinateur',
    anyone: 'toute personne qui peut ouvrir une session sur ce compte d’ordinateur peut ouvrir vos notes',
    elsewhere: 'reste nécessaire sur tout autre ordinateur',
    recovery: 'demeure le moyen de rentrer',
    turnOn: '>Activer…</button>',
    turnOnAgain: '>Activer de nouveau…</button>',
    turnOff: '>Désactiver</button>',
    basicText: 'aucun trousseau (comme GNOME Keyring ou KWallet)',
    dataFolder: 'la clé voyagerait avec vos données',
    button: '>Déverrouiller avec ce compte d’ordinateur</button>',
    failed: 'n’a pas pu s’ouvrir sans votre phrase de passe cette fois'
  }
}

describe('the Settings section', () => {
  it.each(['en', 'fr'] as const)(
    'in %s says what it means, where it stands, and offers what fits',
    async (language) => {
      const words = WORDS[language]
      const pages = new Map<string, string>()
      for (const status of STATES) {
        const html = await renderIn(language, <ComputerUnlockSection status={status} onChanged={nothing} />)
        pages.set(status.state === 'unsafe' ? status.reason : status.state, html)
        expect(html).toContain(words.heading)
        expect(html).toContain(words.anyone)
        expect(html).toContain(words.elsewhere)
        expect(html).toContain(words.recovery)
        // No passphrase box until the user asks to turn it on.
        expect(count(html, 'type="password"')).toBe(0)
        expect(html).not.toMatch(/settings\.computerUnlock|\{\{|undefined/)
      }
      const buttons = (html: string) =>
        [words.turnOn, words.turnOnAgain, words.turnOff].filter((button) => html.includes(button))
      expect(buttons(pages.get('off')!)).toEqual([words.turnOn])
      expect(buttons(pages.get('on')!)).toEqual([words.turnOff])
      expect(buttons(pages.get('failed')!)).toEqual([words.turnOnAgain, words.turnOff])
      expect(buttons(pages.get('basic-text')!)).toEqual([])
      expect(pages.get('basic-text')).toContain(words.basicText)
      expect(buttons(pages.get('data-folder')!)).toEqual([])
      expect(pages.get('data-folder')).toContain(words.dataFolder)
    }
  )

  it.each(['en', 'fr'] as const)('in %s asks for the passphrase again to turn it on', async (language) => {
    const html = await renderIn(language, <TurnOnForm onTurnedOn={nothing} onCancel={nothing} />)
    expect(count(html, 'type="password"')).toBe(1)
    expect(html).toMatch(/autoComplete="current-password"|autocomplete="current-password"/)
    expect(html).toContain(language === 'en' ? '>Passphrase</label>' : '>Phrase de passe</label>')
    expect(html).toContain(language === 'en' ? '>Turn on</button>' : '>Activer</button>')
    expect(html).toContain(language === 'en' ? '>Cancel</button>' : '>Annuler</button>')
    expect(html).not.toMatch(/settings\.computerUnlock|\{\{|undefined/)
  })
})

describe('the unlock screen', () => {
  it.each(['en', 'fr'] as const)(
    'in %s offers the button only where the key is kept, and says when it failed',
    async (language) => {
      const words = WORDS[language]
      const offer = (status: ComputerUnlockStatus) =>
        renderIn(language, <ComputerUnlockOffer status={status} onUnlock={noError} onRefused={nothing} />)
      expect(await offer({ state: 'on' })).toContain(words.button)
      for (const status of [{ state: 'off' }, { state: 'not-offered' }, STATES[3]!] as ComputerUnlockStatus[]) {
        expect(await offer(status)).toBe('')
      }
      const failed = await offer({ state: 'failed' })
      expect(failed).toContain(words.failed)
      expect(failed).not.toContain(words.button)
      expect(failed).not.toMatch(/lockScreens\.|\{\{|undefined/)
    }
  )
})
