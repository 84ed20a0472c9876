import { expect, test } from './fixtures'
import { findCard, listedCount, openItem, openTab, waitForResults } from './library-helpers'

const TITLE = "Migration measures are part of Canada's crisis response"

test('deleting asks first, Escape keeps the item, and Undo puts a deleted item back', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Key messages')
  await waitForResults(page)
  const listed = await listedCount(page)
  await openItem(page, TITLE)

  const deleteButton = page.getByRole('button', { name: 'Delete', exact: true })
  await deleteButton.click()
  const dialog = page.getByRole('alertdialog', { name: `Delete “${TITLE}”?` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(deleteButton).toBeFocused()

  await deleteButton.click()
  await dialog.getByRole('button', { name: 'Delete' }).click()
  const flash = page.getByTestId('flash')
  await expect(flash).toContainText(`“${TITLE}” was deleted.`)
  await expect(flash).toBeFocused()
  const items = page.getByTestId('library-item')
  await expect.poll(() => listedCount(page)).toBe(listed - 1)
  await expect(items.filter({ hasText: 'A balanced narrative on migration' })).toHaveCount(1)
  expect(await findCard(page, items.filter({ hasText: TITLE }))).toBeNull()

  await flash.getByRole('button', { name: 'Undo' }).click()
  await expect(flash).toContainText(`“${TITLE}” is back in the library.`)
  await expect.poll(() => listedCount(page)).toBe(listed)
  await openItem(page, TITLE)
  await expect(page.getByTestId('history')).toBeVisible()
})

test('an item used in briefs is not deleted, and the user is told to retire it instead', async ({ openApp }) => {
  const page = await openApp()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('balanced narrative')
  await openItem(page, 'A balanced narrative on migration')
  await expect(page.getByTestId('item-uses')).toContainText('Used in 2 briefs')
  await expect(page.getByTestId('item-uses')).toContainText('Bilateral meeting with Mexico on asylum capacity building')

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click()
  const refusal = page.getByTestId('in-use')
  await expect(refusal).toContainText('This item cannot be deleted')
  await refusal.getByRole('button', { name: 'Retire it instead' }).click()
  await expect(page.getByTestId('flash')).toContainText('is retired')
  await expect(page.getByRole('button', { name: 'Restore as approved' })).toBeVisible()
})
