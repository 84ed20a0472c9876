import { expect, test } from './fixtures'
import {
  expectAccessible,
  openExchange,
  placeForOpening,
  setKeyMessageText,
  withTrustedHeadquarters
} from './exchange-helpers'

test('the Exchange screen, in both languages, has no serious accessibility violation', async ({ openApp }) => {
  const page = await openApp()
  await openExchange(page)
  await page.getByRole('radio', { name: 'Part of the library' }).check()
  await expect(page.getByTestId('bundle-count')).toHaveText(/60 items will go/)
  await expectAccessible(page, 'screen')

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Français' }).check()
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Échanges' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Échanges' })).toBeVisible()
  await page.getByRole('radio', { name: 'Une partie de la bibliothèque' }).check()
  await expect(page.getByTestId('bundle-count')).toHaveText(/60 éléments partiront/)
  await expectAccessible(page, 'screen-fr')
})

test('the import preview with a conflict can be settled by keyboard and has no serious violation', async ({
  openApp,
  api,
  dataDir
}) => {
  await withTrustedHeadquarters(api, dataDir, async (hq) => {
    await setKeyMessageText(hq, 'km-balanced-narrative', 'Canada maintains a balanced narrative in every forum.')
    const exported = await hq['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } })
    await placeForOpening(exported, dataDir, 'open-conflict.dossier')
  })
  await setKeyMessageText(api, 'km-balanced-narrative', 'Canada maintains a balanced narrative, with local examples.')

  const page = await openApp()
  await openExchange(page)
  await page.getByRole('button', { name: 'Open an exchange file…' }).click()
  await expect(page.getByTestId('conflict')).toHaveCount(1)
  await expectAccessible(page, 'preview-conflict')

  // Arrow keys move through the three choices, as in any radio group.
  const mine = page.getByRole('radio', { name: /Keep mine/ })
  await mine.focus()
  await page.keyboard.press('Space')
  await expect(mine).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('radio', { name: /Take theirs/ })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Apply: 1 conflict settled' })).toBeEnabled()
  await page.getByText(/Unchanged or newer here/).click()
  await expectAccessible(page, 'preview-settled')
})

test('the Word review screen has no serious violation', async ({ openApp, api, dataDir }) => {
  // A whole brief is a long page: axe takes a while over it on a busy machine.
  test.slow()
  const exported = await api['export.brief']({ briefId: 'brief-mexico-asylum-capacity', language: 'en' })
  await placeForOpening(exported, dataDir, 'open-old-brief.docx')
  const page = await openApp()
  await openExchange(page)
  await page.getByRole('button', { name: 'Choose Word documents…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pick paragraphs from Word' })).toBeVisible()
  await page
    .getByRole('button', { name: 'Tick the 4 paragraphs under “Calls for greater responsibility-sharing”' })
    .click()
  await expectAccessible(page, 'word-review')
})
