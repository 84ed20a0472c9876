import { expect, test } from './fixtures'
import { waitForResults, waitForSearch } from './library-helpers'

test('keyboard only: the shortcut focuses search, typing filters, arrows and Enter open a result', async ({
  openApp
}) => {
  const page = await openApp()
  await waitForResults(page)
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await expect(search).toHaveAttribute('aria-keyshortcuts', /Control\+K/)

  await page.keyboard.press('Control+k')
  await expect(search).toBeFocused()
  await page.keyboard.type('climate')
  await waitForSearch(page)
  await expect(page.getByRole('heading', { level: 2, name: /results? for “climate”/ })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /for “climate”/ })).toHaveCount(1)

  await page.keyboard.press('ArrowDown')
  const first = page.locator('[data-result-open]').first()
  await expect(first).toBeFocused()
  await page.keyboard.press('ArrowDown')
  const second = page.locator('[data-result-open]').nth(1)
  await expect(second).toBeFocused()
  const title = (await second.textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // "/" from the item goes back to the search, which kept its words; Escape clears them.
  await page.keyboard.press('/')
  await expect(search).toBeFocused()
  await expect(search).toHaveValue('climate')
  await page.keyboard.press('Escape')
  await expect(search).toHaveValue('')

  // Enter in the box opens the first result.
  await page.keyboard.type('Global Refugee Forum')
  await waitForSearch(page)
  const top = (await page.locator('[data-result-open]').first().textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(top)
})

test('keyboard only: the delete dialog traps nothing it should not and returns focus', async ({ openApp }) => {
  const page = await openApp()
  await waitForResults(page)
  await page.keyboard.press('/')
  await page.keyboard.type('crisis response')
  await waitForSearch(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // Tab to Delete: Back is before the heading; Edit, Retire, Delete follow it.
  const deleteButton = page.getByRole('button', { name: 'Delete', exact: true })
  for (
    let step = 0;
    step < 6 && !(await deleteButton.evaluate((el) => el === el.ownerDocument.activeElement));
    step++
  ) {
    await page.keyboard.press('Tab')
  }
  await expect(deleteButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Delete' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('alertdialog')).toHaveCount(0)
  await expect(deleteButton).toBeFocused()
})

test('typing: a first letter asks for a second; a common word on the way to a longer one finds the words it starts', async ({
  openApp
}) => {
  const page = await openApp()
  await waitForResults(page)
  await page.keyboard.press('Control+k')
  // One letter finds no word yet: the list says to go on rather than to try shorter words.
  await page.keyboard.type('a')
  await waitForSearch(page)
  await expect(page.getByText('Keep typing: words are found from their first two letters.')).toBeVisible()
  // `as` is a common English word, left out of searches; typed first, it is the start of `asylum`.
  await page.keyboard.type('s')
  await waitForSearch(page)
  await expect(page.getByRole('heading', { level: 2, name: /results? for “as”/ })).toBeVisible()
  await expect(
    page
      .locator('.results mark')
      .filter({ hasText: /^asylum$/i })
      .first()
  ).toBeVisible()
  await page.keyboard.type('ylum')
  await waitForSearch(page)
  await expect(page.getByRole('heading', { level: 2, name: /results? for “asylum”/ })).toBeVisible()
})
