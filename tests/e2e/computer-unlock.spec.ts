import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openApi } from '../../src/main/api'
import type { ApiSession } from '../../src/main/api'
import { createMemoryLogger } from '../../src/main/core/log'
import { nodeFs, releaseDataLock } from '../../src/main/store'
import { newKeyFile, writeKeyFile } from '../../src/main/store/crypto/key-file'
import { FakeCredentialStore } from '../fake-credential-store'
import { answerFirstStartLater, bindApi, expect, test } from './fixtures'
import { expectAccessible } from './library-helpers'

// Unlock without typing, through the window: turned on in Settings with the passphrase, the
// unlock screen offers a button after a lock, and the next start opens without the unlock
// screen; turned off, the passphrase is the only way in again. The app's own session runs on a
// folder of its own, with a fake credential store in place of Electron's safeStorage, and the
// keys folder beside the data folder, as the app keeps it under the system's appData.

const PASSPHRASE = 'maple river lantern quietly'
const AFTER_KEY_DERIVATION = { timeout: 20_000 }

interface AppFolder {
  dataDir: string
  keysDir: string
  store: FakeCredentialStore
  start: () => Promise<ApiSession>
}

/** An encrypted folder (its key wrapped at scrypt's lowest cost, so each try is quick) and the app's way to open it. */
async function encryptedAppFolder(testDir: string): Promise<AppFolder> {
  const dataDir = join(testDir, 'app-data')
  const keysDir = join(testDir, 'Dossier computer keys')
  await mkdir(dataDir)
  const { file } = await newKeyFile(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 })
  await writeKeyFile(nodeFs, dataDir, file)
  const store = new FakeCredentialStore()
  const start = () =>
    openApi({
      dataDir,
      resourcesDir: join(process.cwd(), 'resources'),
      log: createMemoryLogger(),
      app: { credentials: { store, dir: keysDir } }
    })
  return { dataDir, keysDir, store, start }
}

/** Quits as the app does: what is queued is saved, and the folder given back. */
async function quit(session: ApiSession, dataDir: string): Promise<void> {
  await session.store?.flush()
  await releaseDataLock(dataDir)
}

async function unlockWithPassphrase(page: Page, label = 'Passphrase', button = 'Unlock'): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(PASSPHRASE)
  await page.getByRole('button', { name: button, exact: true }).click()
}

test('turned on in Settings, the app opens without typing; after a lock, a button unlocks it; turned off, only the passphrase', async ({
  dataDir: testDir,
  openApp,
  page,
  context,
  rendererUrl
}) => {
  const folder = await encryptedAppFolder(testDir)
  const first = await folder.start()
  await openApp({ api: first.api })
  const library = page.getByRole('heading', { level: 1, name: 'Library' })

  // Not turned on yet: only the passphrase.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier is locked')
  await expect(page.getByRole('button', { name: 'Unlock with this computer account' })).toHaveCount(0)
  await unlockWithPassphrase(page)
  // A folder set up elsewhere, opened here for the first time: the first-start step comes first.
  await answerFirstStartLater(page, AFTER_KEY_DERIVATION)
  await expect(library).toBeVisible()

  await page.getByRole('button', { name: 'Settings' }).click()
  const section = page.getByTestId('computer-unlock')
  await expect(section.getByRole('heading', { name: 'Unlock without typing on this computer' })).toBeVisible()
  await expect(section).toContainText('anyone who can sign in to this computer account can open your briefs')
  await expect(section).toContainText('Off: Dossier asks for your passphrase')

  // Turned on by keyboard, with the passphrase again; a wrong one is said and changes nothing.
  await section.getByRole('button', { name: 'Turn on…' }).focus()
  await page.keyboard.press('Enter')
  const passphrase = section.getByLabel('Passphrase', { exact: true })
  await expect(passphrase).toBeFocused()
  await page.keyboard.type('maple river lantern loudly')
  await page.keyboard.press('Enter')
  await expect(section.getByText('That passphrase does not open this data folder.')).toBeVisible(AFTER_KEY_DERIVATION)
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true')
  expect(await readdir(folder.keysDir).catch(() => [])).toEqual([])
  await passphrase.fill(PASSPHRASE)
  await page.keyboard.press('Enter')
  await expect(section.getByRole('status').filter({ hasText: 'Unlock without typing is on' })).toBeVisible(
    AFTER_KEY_DERIVATION
  )
  await expect(section.getByRole('button', { name: 'Turn off' })).toBeFocused()
  await expect(section).toContainText('On: this computer account opens Dossier without your passphrase.')
  expect(await readdir(folder.keysDir)).toHaveLength(1)
  expect((await readdir(folder.dataDir)).filter((name) => name.endsWith('.key'))).toEqual(['dossier.key'])
  await expectAccessible(page, 'computer-unlock-settings-on-en')

  // Locked: the unlock screen offers the button besides the passphrase.
  await page.getByRole('button', { name: 'Lock', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier is locked')
  const button = page.getByRole('button', { name: 'Unlock with this computer account' })
  await expect(button).toBeVisible()
  await expectAccessible(page, 'computer-unlock-locked-en')
  await button.click()
  // Unlocked, the window is back where the user locked it: Settings.
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()

  // The next start opens without the unlock screen.
  await quit(first, folder.dataDir)
  const second = await folder.start()
  const again = await context.newPage()
  await bindApi(again, second.api)
  await again.goto(rendererUrl)
  await expect(again.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await expect(again.getByTestId('library-item').filter({ hasText: 'Mexico' }).first()).toBeVisible()

  // Turned off: the kept key is deleted, and the unlock screen asks for the passphrase only.
  await again.getByRole('button', { name: 'Settings' }).click()
  await again.getByTestId('computer-unlock').getByRole('button', { name: 'Turn off' }).click()
  await expect(again.getByTestId('computer-unlock').getByRole('status')).toHaveText(
    'Unlock without typing is off: the key this computer kept was deleted.'
  )
  await expect(again.getByTestId('computer-unlock').getByRole('button', { name: 'Turn on…' })).toBeFocused()
  expect(await readdir(folder.keysDir)).toEqual([])
  await again.getByRole('button', { name: 'Lock', exact: true }).click()
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Dossier is locked')
  await expect(again.getByLabel('Passphrase', { exact: true })).toBeFocused()
  await expect(again.getByRole('button', { name: 'Unlock with this computer account' })).toHaveCount(0)
  await quit(second, folder.dataDir)
})

test('where the kept key no longer opens, the passphrase is asked and the screen says why', async ({
  dataDir: testDir,
  openApp,
  page
}) => {
  const folder = await encryptedAppFolder(testDir)
  const first = await folder.start()
  expect((await first.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
  // Used before on this computer: the first-start step was answered then.
  expect((await first.api['settings.update']({ welcomed: true })).ok).toBe(true)
  expect((await first.api['computerUnlock.turnOn']({ passphrase: PASSPHRASE })).ok).toBe(true)
  await quit(first, folder.dataDir)
  // Another computer account, or a keyring that changed: what was wrapped no longer opens.
  folder.store.becomeAccount('someone else')
  const session = await folder.start()
  await openApp({ api: session.api })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier is locked')
  await expect(page.getByRole('main')).toContainText('Dossier could not open without your passphrase this time')
  await expect(page.getByRole('button', { name: 'Unlock with this computer account' })).toHaveCount(0)
  await unlockWithPassphrase(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible(AFTER_KEY_DERIVATION)
  await quit(session, folder.dataDir)
})

test.describe('in French', () => {
  test.use({ locale: 'fr-CA' })

  test('without a keyring on Linux, Settings says in French why it is not offered', async ({
    dataDir: testDir,
    openApp,
    page
  }) => {
    const folder = await encryptedAppFolder(testDir)
    folder.store.backend = 'basic_text'
    const session = await folder.start()
    // French chosen in this folder's settings (as the set-up screen saves it), then locked.
    expect((await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
    expect((await session.api['settings.update']({ uiLanguage: 'fr', welcomed: true })).ok).toBe(true)
    expect((await session.api['app.lock']({})).ok).toBe(true)
    await openApp({ api: session.api })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier est verrouillé')
    await unlockWithPassphrase(page, 'Phrase de passe', 'Déverrouiller')
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible(AFTER_KEY_DERIVATION)
    await page.getByRole('button', { name: 'Paramètres' }).click()
    const section = page.getByTestId('computer-unlock')
    await expect(section.getByRole('heading', { name: 'Déverrouiller sans taper sur cet ordinateur' })).toBeVisible()
    await expect(section).toContainText('Non disponible sur cet ordinateur\u00a0: aucun trousseau')
    await expect(section.getByRole('button')).toHaveCount(0)
    await expectAccessible(page, 'computer-unlock-basic-text-fr')
    await quit(session, folder.dataDir)
  })
})
