import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openApi } from '../../src/main/api'
import type { ApiSession } from '../../src/main/api'
import { createMemoryLogger } from '../../src/main/core/log'
import { releaseDataLock } from '../../src/main/store'
import { expect, test } from './fixtures'
import { expectAccessible } from './library-helpers'

// A data folder an older Dossier (or the command line) left in the clear, opened by the app's
// own session (openApi's `app` option, as Electron opens it): the window shows nothing of it,
// asks for a passphrase, encrypts the folder in place, then shows the library.

const PASSPHRASE = 'maple river lantern quietly'
// A sentence of the embedded library: on the disk before, never in the page before, nor on the disk after.
const LIBRARY_SENTENCE = 'Seasonal Agricultural Worker Program'
// Encrypting derives the key with scrypt twice (to seal, then to open), on purpose slowly.
const AFTER_KEY_DERIVATION = { timeout: 20_000 }

/**
 * The embedded library written plain into a folder of its own inside the test's, its interface
 * language saved as the user chose it, then the app's session on it.
 */
async function plainFolderOpenedAsTheApp(
  testDir: string,
  uiLanguage: 'en' | 'fr' = 'en'
): Promise<{ session: ApiSession; dataDir: string }> {
  const dataDir = join(testDir, 'plain-data')
  const resourcesDir = join(process.cwd(), 'resources')
  const plain = await openApi({ dataDir, resourcesDir, log: createMemoryLogger() })
  // A folder in use already: its first-start step was answered when it was new.
  expect((await plain.api['settings.update']({ uiLanguage, welcomed: true })).ok).toBe(true)
  await plain.store?.flush()
  await releaseDataLock(dataDir)
  expect(await folderText(dataDir)).toContain(LIBRARY_SENTENCE)
  const session = await openApi({ dataDir, resourcesDir, log: createMemoryLogger(), app: {} })
  return { session, dataDir }
}

/** Every file of the data folder as text, but the log and the lock file. */
async function folderText(dataDir: string): Promise<string> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile() && !entry.parentPath.includes('logs'))
  const texts = await Promise.all(
    files.filter((entry) => entry.name !== 'dossier.lock').map((entry) => readFile(join(entry.parentPath, entry.name)))
  )
  return texts.map((bytes) => bytes.toString('latin1')).join('\n')
}

async function fill(page: Page, first: string, second: string, submit: string): Promise<void> {
  await page.getByLabel(/^(Passphrase|Phrase de passe)$/).fill(first)
  await page.getByLabel(/^(Type the passphrase again|Tapez de nouveau la phrase de passe)$/).fill(second)
  await page.getByRole('button', { name: submit }).click()
}

test('a plain folder is encrypted in place from the screen, with its progress shown, then its library appears', async ({
  dataDir: testDir,
  openApp,
  page
}) => {
  const { session, dataDir } = await plainFolderOpenedAsTheApp(testDir)
  await openApp({ api: session.api })

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protect this data folder')
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused()
  await expect(page.getByRole('main')).toContainText('Everything stays')
  await expect(page.getByRole('main')).toContainText('If you forget the passphrase, your data is lost')
  await expect(page.getByRole('button', { name: /not now/i })).toHaveCount(0)
  expect(await page.content()).not.toContain(LIBRARY_SENTENCE)
  await expectAccessible(page, 'protect-en')

  // Typed differently the second time: said in words, and the folder is as it was.
  await fill(page, PASSPHRASE, 'maple river lantern quietlY', 'Encrypt this folder and open Dossier')
  await expect(page.getByText('The two passphrases are not the same.')).toBeVisible()
  await expect(page.getByLabel('Type the passphrase again')).toBeFocused()
  expect(await folderText(dataDir)).toContain(LIBRARY_SENTENCE)

  await fill(page, PASSPHRASE, PASSPHRASE, 'Encrypt this folder and open Dossier')
  await expect(page.getByRole('progressbar', { name: 'Encryption progress' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /Preparing|Encrypting|encrypted/ })).toBeVisible()
  const library = page.getByRole('heading', { level: 1, name: 'Library' })
  await expect(library).toBeFocused(AFTER_KEY_DERIVATION)
  await expect(page.getByTestId('library-item').filter({ hasText: 'Mexico' }).first()).toBeVisible()

  // Sealed on the disk: no sentence of the library, no field name of the data, a key file.
  expect(await readdir(dataDir)).toContain('dossier.key')
  const onDisk = await folderText(dataDir)
  expect(onDisk).not.toContain(LIBRARY_SENTENCE)
  expect(onDisk).not.toContain('"id":')

  // Encrypted now, so the idle time can be chosen; it is kept with the other settings.
  await page.getByRole('button', { name: 'Settings' }).click()
  const idle = page.getByLabel('Lock Dossier after')
  await expect(idle).toHaveValue('15')
  await idle.selectOption({ label: '5 minutes without use' })
  await expect(page.getByText('Saved.')).toBeVisible()
  expect(await session.api['settings.get']({})).toMatchObject({ ok: true, value: { idleLockMinutes: 5 } })
  await expectAccessible(page, 'protect-settings-idle-en')
})

test.describe('in French', () => {
  test.use({ locale: 'fr-CA' })

  test('the screen, its progress and the library that follows are in French', async ({
    dataDir: testDir,
    openApp,
    page
  }) => {
    const { session, dataDir } = await plainFolderOpenedAsTheApp(testDir, 'fr')
    await openApp({ api: session.api })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protégez ce dossier de données')
    await expect(page.getByRole('main')).toContainText('Si vous oubliez la phrase de passe, vos données sont perdues')
    await expectAccessible(page, 'protect-fr')

    await fill(page, 'court', 'court', 'Chiffrer ce dossier et ouvrir Dossier')
    await expect(page.getByText('Cette phrase de passe est trop courte')).toBeVisible()
    await fill(page, PASSPHRASE, PASSPHRASE, 'Chiffrer ce dossier et ouvrir Dossier')
    await expect(page.getByRole('progressbar', { name: 'Progression du chiffrement' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeFocused(AFTER_KEY_DERIVATION)
    expect(await folderText(dataDir)).not.toContain(LIBRARY_SENTENCE)

    await page.getByRole('button', { name: 'Paramètres' }).click()
    await expect(page.getByLabel('Verrouiller Dossier après')).toHaveValue('15')
    await expect(page.getByRole('option', { name: '30 minutes sans utilisation' })).toBeAttached()
  })
})
