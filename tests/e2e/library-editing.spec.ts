import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { findCard, openFilters, openTab, scrollToCard, waitForResults, waitForSearch } from './library-helpers'

async function fillBoth(page: Page, field: string, en: string, fr: string) {
  await page.getByLabel(`${field}, English`).fill(en)
  await page.getByLabel(`${field}, French`).fill(fr)
}

test('a partner and its key message are written in both languages, found, edited, restored and retired', async ({
  openApp
}) => {
  const page = await openApp()
  await openTab(page, 'Partners')
  await page.getByRole('button', { name: 'New partner' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New partner' })).toBeFocused()
  await fillBoth(page, 'Name', 'Atlantis', 'Atlantide')
  await fillBoth(
    page,
    'Summary',
    'An island partner on ocean migration.',
    'Partenaire insulaire en migration océanique.'
  )
  await page.getByLabel('Status').selectOption('approved')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Atlantis' })).toBeVisible()
  await expect(page.getByTestId('flash')).toContainText('Saved as version 1.')

  // Created from the partner's profile, the key message starts linked to the partner.
  await page.getByTestId('linked-keyMessage').getByRole('button', { name: 'New key message' }).click()
  await expect(page.getByRole('checkbox', { name: 'Atlantis' })).toBeChecked()
  await fillBoth(page, 'Title', 'Growth in the region', 'Croissance régionale')
  await fillBoth(page, 'Text', 'Canada supports growth in the region.', "Le Canada soutient l'économie régionale.")
  await page.getByLabel('Status').selectOption('approved')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Growth in the region' })).toBeVisible()
  await expect(page.getByTestId('item-detail').getByRole('button', { name: 'Atlantis' })).toBeVisible()

  // Found by an unaccented word of its French text, the match marked where it was found.
  await page.getByRole('button', { name: 'Back to the library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('economie')
  // The Partners tab is still open; the search is widened to every kind in one click.
  await page.getByRole('button', { name: 'Search all items' }).click()
  await expect(page.getByRole('tab', { name: 'All items' })).toHaveAttribute('aria-selected', 'true')
  await waitForSearch(page)
  const card = page.getByTestId('library-item').filter({ hasText: 'Growth in the region' })
  await expect(card.locator('mark')).toHaveText('économie')
  await expect(card).toContainText('Found in the French text')
  await card.getByRole('button', { name: 'Growth in the region' }).click()

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await page.getByLabel('Text, English').fill('Canada backs growth across the region.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('flash')).toContainText('Saved as version 2.')
  const history = page.getByTestId('history')
  await expect(history.getByTestId('history-version')).toHaveCount(2)
  await expect(history.getByTestId('history-version').first()).toContainText('Version 2 (current)')
  await expect(history.locator('del').first()).toContainText('supports')
  await expect(history.locator('ins').first()).toContainText('backs')

  await history.getByRole('button', { name: 'Restore version 1' }).click()
  await expect(page.getByTestId('flash')).toContainText('Version 1 was restored; it is now version 3.')
  await expect(page.getByTestId('item-detail')).toContainText('Canada supports growth in the region.')
  await expect(page.getByTestId('history').getByTestId('history-version')).toHaveCount(3)

  await page.getByRole('button', { name: 'Retire', exact: true }).click()
  await expect(page.getByTestId('flash')).toContainText('is retired')
  await page.getByRole('button', { name: 'Back to the library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
  await openTab(page, 'Key messages')
  await waitForResults(page)
  // The list draws only the cards near the view: each is looked for down the whole list.
  const items = page.getByTestId('library-item')
  await scrollToCard(page, items.filter({ hasText: 'A balanced narrative on migration' }))
  expect(await findCard(page, items.filter({ hasText: 'Growth in the region' }))).toBeNull()
  // Still there for whoever asks for retired items.
  await openFilters(page)
  await page.getByRole('checkbox', { name: 'Retired' }).check()
  await waitForSearch(page)
  await scrollToCard(page, items.filter({ hasText: 'Growth in the region' }))
})

test('a form refuses what the contract refuses, next to the field, in French', async ({ openApp, page }) => {
  await openApp()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Français' }).check()
  await page.getByRole('button', { name: 'Bibliothèque' }).click()
  await openTab(page, 'Messages clés')
  await page.getByRole('button', { name: 'Nouveau message clé' }).click()
  await expect(page.getByLabel('Titre, Anglais')).toHaveAttribute('lang', 'en')
  await expect(page.getByLabel('Titre, Français')).toHaveAttribute('lang', 'fr')
  await page.getByLabel('Titre, Anglais').fill('Only in English')
  await page.getByLabel('Statut').selectOption('approved')
  await page.getByLabel('Date de révision').fill('')
  await page.getByRole('button', { name: 'Enregistrer' }).click()

  await expect(page.locator('#field-title-errors')).toHaveText(/doit avoir ce texte en français et en anglais/)
  // An emptied date is missing, not written in a format the date field does not even show.
  await expect(page.locator('#field-reviewBy-errors')).toHaveText('Remplissez ce champ.')
  await expect(page.locator('.error-summary')).toBeFocused()
  await expect(page.getByLabel('Date de révision')).toHaveAttribute('aria-invalid', 'true')
  // Saving as a draft with a date is accepted: a draft may have one language only.
  await page.getByLabel('Statut').selectOption('draft')
  await page.getByLabel('Date de révision').fill('2027-06-30')
  await page.getByRole('button', { name: 'Enregistrer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Only in English' })).toBeVisible()
})

test('a save over a newer version is explained, and the item can be reloaded', async ({ openApp, api }) => {
  const page = await openApp()
  await openTab(page, 'Background')
  await waitForResults(page)
  await page.getByRole('button', { name: 'International Experience Canada (IEC)' }).click()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await expect(page.getByLabel('Title, English')).toHaveValue('International Experience Canada (IEC)')

  // Someone else saves first.
  const got = await api['library.get']({ kind: 'backgroundNote', id: 'bg-international-experience-canada' })
  if (!got.ok) throw new Error(got.error.message)
  const { history: _h, version, updatedAt: _a, updatedBy: _b, ...draft } = got.value
  const other = await api['library.save']({
    kind: 'backgroundNote',
    item: { ...draft, title: { en: 'IEC: youth mobility', fr: 'EIC : mobilité des jeunes' } },
    expectedVersion: version
  } as Parameters<(typeof api)['library.save']>[0])
  expect(other.ok).toBe(true)

  await page.getByLabel('Title, English').fill('My own title')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('alert')).toContainText('Someone saved a newer version')
  await page.getByRole('button', { name: 'Reload the item' }).click()
  await expect(page.getByLabel('Title, English')).toHaveValue('IEC: youth mobility')
})
