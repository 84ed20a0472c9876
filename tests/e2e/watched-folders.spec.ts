import { copyFile, mkdtemp, rename } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Result } from '@shared/result'
import { expect, openTestApi, removeTestFolders, test, watchedDirFor } from './fixtures'
import { expectAccessible, keyMessage, setKeyMessageText, withTrustedHeadquarters } from './exchange-helpers'

// Headquarters publishes signed bundles to a folder the mission already has. The mission names
// the folder in Settings; a bundle from its trusted publisher is then announced on every screen
// and offered on the Exchange screen, opened for the usual review, never imported on its own.
// Unsigned files there are passed over with the reason.

const MESSAGE = 'km-balanced-narrative'

/** Moves a file an api call just wrote into the watched folder, under `name`. */
async function publish(written: Result<{ path: string } | null>, dataDir: string, name?: string): Promise<string> {
  if (!written.ok || written.value === null) throw new Error('The bundle was not written.')
  const target = join(watchedDirFor(dataDir), name ?? basename(written.value.path))
  await rename(written.value.path, target)
  return target
}

async function openSettings(page: Page, menu: string, settings: string): Promise<void> {
  await page.getByRole('navigation', { name: menu }).getByRole('button', { name: settings }).click()
}

test('a bundle headquarters signed, put in a watched folder, is announced, reviewed and imported', async ({
  openApp,
  api,
  dataDir
}) => {
  const strangerDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-stranger-'))
  try {
    await withTrustedHeadquarters(api, dataDir, async (hq, fingerprint) => {
      const page = await openApp()
      await expect(page.getByTestId('watched-banner')).toBeEmpty()

      // Settings: the folder dialog names the folder; it is listed, readable.
      await openSettings(page, 'Main menu', 'Settings')
      const setting = page.getByTestId('watched-folders-setting')
      await expect(setting).toContainText('No folder is watched.')
      await setting.getByRole('button', { name: 'Watch a folder…' }).click()
      await expect(setting.getByRole('status')).toHaveText('The folder is watched.')
      await expect(setting.getByRole('listitem')).toContainText(watchedDirFor(dataDir))
      await expect(setting.getByRole('listitem')).toContainText('can be read')
      await expectAccessible(page, 'watched-settings')

      // Headquarters publishes there while the app runs; an unsigned file lands beside it.
      await setKeyMessageText(hq, MESSAGE, 'Published from headquarters to the shared folder.')
      const published = await publish(await hq['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } }), dataDir)
      expect(basename(published)).toMatch(/-UNCLASSIFIED\.dossier$/)
      const stranger = await openTestApi(strangerDir)
      await publish(
        await stranger['exchange.exportBundle']({ filter: { kinds: ['partner'] } }),
        dataDir,
        'unsigned.dossier'
      )
      // The app looks again when its window comes back to the front (and every minute).
      await page.evaluate(() => window.dispatchEvent(new Event('focus')))
      const banner = page.getByTestId('watched-banner')
      await expect(banner).toContainText('A publisher you trust has put a new library bundle in a watched folder.')
      await expect((await keyMessage(api, MESSAGE)).text.en).not.toBe(
        'Published from headquarters to the shared folder.'
      )

      // The banner leads to Exchange, where the offer says who signed it, its marking and date.
      await banner.getByRole('button', { name: 'Review it in Exchange' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Exchange' })).toBeFocused()
      const section = page.getByTestId('watched-section')
      const offer = section.getByTestId('bundle-offer')
      await expect(offer).toHaveCount(1)
      await expect(offer).toContainText(basename(published))
      await expect(offer).toContainText('IRCC International Affairs, Ottawa')
      await expect(offer).toContainText(fingerprint)
      await expect(offer).toContainText('UNCLASSIFIED')
      await expect(offer).toContainText(/key messages?/)
      const passedOver = section.getByTestId('passed-over')
      await passedOver.getByText('1 other bundle file was not offered').click()
      await expect(passedOver).toContainText('unsigned.dossier: nobody signed it')
      await expectAccessible(page, 'watched-offer')

      // Reviewing is the same review as opening the file; applying takes it, and it is no longer offered.
      await offer.getByRole('button', { name: 'Review and import…' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Review the import' })).toBeFocused()
      await expect(page.getByTestId('import-signer')).toContainText(`a publisher you trust, fingerprint ${fingerprint}`)
      await page.getByRole('button', { name: /^Apply:/ }).click()
      await expect(page.getByTestId('outcome-imported')).toContainText('1 item updated')
      expect((await keyMessage(api, MESSAGE)).text.en).toBe('Published from headquarters to the shared folder.')
      await expect(section).toContainText('Nothing new')
      await expect(section.getByTestId('bundle-offer')).toHaveCount(0)
    })
  } finally {
    await removeTestFolders(strangerDir)
  }
})

test('in French, a bundle can be set aside and is not offered again; the folder stops being watched', async ({
  openApp,
  api,
  dataDir
}) => {
  await withTrustedHeadquarters(api, dataDir, async (hq) => {
    expect((await api['settings.update']({ uiLanguage: 'fr' })).ok).toBe(true)
    const page = await openApp()
    await openSettings(page, 'Menu principal', 'Paramètres')
    const setting = page.getByTestId('watched-folders-setting')
    await setting.getByRole('button', { name: 'Surveiller un dossier…' }).click()
    await expect(setting.getByRole('status')).toHaveText('Le dossier est surveillé.')

    // Two copies of one bundle are one offer.
    const published = await publish(await hq['exchange.exportBundle']({ filter: { kinds: ['irritant'] } }), dataDir)
    await copyFile(published, join(watchedDirFor(dataDir), 'copie.dossier'))
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    const banner = page.getByTestId('watched-banner')
    await expect(banner).toContainText('Un éditeur auquel vous faites confiance a déposé un nouveau lot')
    await banner.getByRole('button', { name: 'L’examiner dans Échanges' }).click()
    const section = page.getByTestId('watched-section')
    await expect(section.getByRole('heading', { name: 'De vos dossiers surveillés' })).toBeVisible()
    await expect(section.getByTestId('bundle-offer')).toHaveCount(1)
    await expect(section.getByTestId('bundle-offer')).toContainText('de confiance')
    await expectAccessible(page, 'watched-offer-fr')

    const before = await api['library.list']({ kind: 'irritant' })
    await section.getByRole('button', { name: /^Mettre de côté / }).click()
    await expect(section.getByRole('status')).toContainText('il ne sera plus proposé')
    await expect(section.getByTestId('bundle-offer')).toHaveCount(0)
    await expect(section).toContainText('Rien de nouveau')
    expect(await api['library.list']({ kind: 'irritant' })).toEqual(before)

    // Not offered again after a look; then the folder is no longer watched.
    await section.getByRole('button', { name: 'Regarder maintenant' }).click()
    await expect(section.getByTestId('bundle-offer')).toHaveCount(0)
    await openSettings(page, 'Menu principal', 'Paramètres')
    await setting.getByRole('button', { name: `Ne plus surveiller ${watchedDirFor(dataDir)}` }).click()
    await expect(setting).toContainText('Aucun dossier n’est surveillé.')
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Échanges' }).click()
    await expect(section).toContainText('Aucun dossier n’est surveillé.')
  })
})
