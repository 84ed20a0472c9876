import { join } from 'node:path'
import { expectNoSeriousViolation } from './accessibility'
import { expect, openTestApi, test } from './fixtures'
import { listedCount, scrollToCard } from './library-helpers'

test('first start shows the embedded library in English, once the first-start step is answered', async ({
  dataDir,
  openApp
}) => {
  // A folder of its own: the fixture's api has opened the test's folder and answered the step.
  const page = await openApp({ api: await openTestApi(join(dataDir, 'new-folder'), { firstStart: true }) })
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Dossier' })).toBeVisible()
  await page.getByRole('button', { name: 'Fill in later' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()
  await scrollToCard(page, page.getByTestId('library-item').filter({ hasText: 'Mexico' }))
  expect(await listedCount(page)).toBeGreaterThanOrEqual(20)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA')
})

test('switching to French shows French, and the choice survives a restart', async ({ openApp, page }) => {
  await openApp()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Français' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
  await page.getByRole('button', { name: 'Bibliothèque' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible()
  await expect(page.getByTestId('library-item').filter({ hasText: 'Mexique' }).first()).toBeVisible()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque' })).toBeVisible()
})

test('the library screen has no serious or critical accessibility violation', async ({ openApp }) => {
  const page = await openApp()
  await expect(page.getByTestId('library-item').first()).toBeVisible()
  await expectNoSeriousViolation(page, 'library')
})
