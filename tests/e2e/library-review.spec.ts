import { expect, test } from './fixtures'
import { openItem, openTab, waitForResults } from './library-helpers'

test('Needs review lists overdue items, oldest first, each with its badge', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Needs review')
  await waitForResults(page)
  const items = page.getByTestId('library-item')
  // The default library's three overdue items come first, by review date (2026-06-30, 08-31, 09-30).
  await expect(items.nth(0)).toContainText("Canada's Indo-Pacific Strategy: IRCC's role")
  await expect(items.nth(1)).toContainText('Preparing together for climate-related mobility')
  await expect(items.nth(2)).toContainText('El Salvador')
  for (const index of [0, 1, 2])
    await expect(items.nth(index).getByTestId('review-overdue')).toHaveText('Review overdue')
  // Only items due for review are listed: nothing current.
  await expect(items.filter({ hasText: 'Mexico' })).toHaveCount(0)

  await openItem(page, "Canada's Indo-Pacific Strategy: IRCC's role")
  await expect(page.getByTestId('item-detail').getByTestId('review-overdue').first()).toBeVisible()
})

test('the overdue badge shows in the lists, on the partner profile and with the review filter', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Partners')
  await waitForResults(page)
  const items = page.getByTestId('library-item')
  await expect(items.filter({ hasText: 'El Salvador' }).getByTestId('review-overdue')).toBeVisible()
  await expect(items.filter({ hasText: 'Mexico' }).getByTestId('review-overdue')).toHaveCount(0)

  await page.getByRole('checkbox', { name: 'Overdue' }).check()
  await expect(page.getByRole('heading', { level: 2, name: '1 partner' })).toBeVisible()
  await openItem(page, 'El Salvador')
  await expect(page.getByTestId('item-detail').getByTestId('review-overdue').first()).toHaveText('Review overdue')
})
