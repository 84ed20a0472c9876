import type { LibraryKind } from '@shared/entities'
import { expect, test } from './fixtures'
import type { ApiTable } from '../../src/main/api'
import { openFilters, openItem, openTab, waitForResults, waitForSearch } from './library-helpers'

// The embedded library ships with every review a year or more away, so each test first makes
// some items overdue, as time would.
async function makeOverdue(api: ApiTable, kind: LibraryKind, id: string, reviewBy: string): Promise<void> {
  const got = await api['library.get']({ kind, id })
  if (!got.ok) throw new Error(got.error.message)
  const { history: _history, version, updatedAt: _at, updatedBy: _by, ...draft } = got.value
  const saved = await api['library.save']({
    kind,
    item: { ...draft, lastReviewed: '2026-01-15', reviewBy },
    expectedVersion: version
  } as Parameters<ApiTable['library.save']>[0])
  if (!saved.ok) throw new Error(saved.error.message)
}

async function overdueThree(api: ApiTable): Promise<void> {
  await makeOverdue(api, 'backgroundNote', 'bg-indo-pacific-strategy', '2026-06-30')
  await makeOverdue(api, 'keyMessage', 'km-climate-mobility', '2026-08-31')
  await makeOverdue(api, 'partner', 'partner-el-salvador', '2026-09-30')
}

test('a fresh library has nothing to review', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Needs review')
  await waitForSearch(page)
  await expect(page.locator('.results')).toContainText('Nothing matches these filters.')
  await expect(page.getByTestId('library-item')).toHaveCount(0)
})

test('Needs review lists overdue items, oldest first, each with its badge', async ({ openApp, api }) => {
  await overdueThree(api)
  const page = await openApp()
  await openTab(page, 'Needs review')
  await waitForResults(page)
  const items = page.getByTestId('library-item')
  await expect(items.nth(0)).toContainText("Canada's Indo-Pacific Strategy: IRCC's role")
  await expect(items.nth(1)).toContainText('Preparing together for climate-related mobility')
  await expect(items.nth(2)).toContainText('El Salvador')
  for (const index of [0, 1, 2])
    await expect(items.nth(index).getByTestId('review-overdue')).toHaveText('Review overdue')
  // Only items due for review are listed: nothing current.
  await expect(items).toHaveCount(3)

  await openItem(page, "Canada's Indo-Pacific Strategy: IRCC's role")
  await expect(page.getByTestId('item-detail').getByTestId('review-overdue').first()).toBeVisible()
})

test('the overdue badge shows in the lists, on the partner profile and with the review filter', async ({
  openApp,
  api
}) => {
  await overdueThree(api)
  const page = await openApp()
  await openTab(page, 'Partners')
  await waitForResults(page)
  const items = page.getByTestId('library-item')
  await expect(items.filter({ hasText: 'El Salvador' }).getByTestId('review-overdue')).toBeVisible()
  await expect(items.filter({ hasText: 'Mexico' }).getByTestId('review-overdue')).toHaveCount(0)

  await openFilters(page)
  await page.getByRole('checkbox', { name: 'Overdue' }).check()
  await expect(page.getByRole('heading', { level: 2, name: '1 partner' })).toBeVisible()
  await openItem(page, 'El Salvador')
  await expect(page.getByTestId('item-detail').getByTestId('review-overdue').first()).toHaveText('Review overdue')
})
