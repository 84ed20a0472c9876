import { expect, test } from './fixtures'
import { openItem, openTab, waitForResults } from './library-helpers'

// One way to move: a section in the menu always returns to its list, a reload returns to where
// the user was, and "Used in" leads to each brief, named once.

test('"Used in" names each brief once and opens it; a reload stays on the brief; the menu returns to the list', async ({
  openApp,
  page
}) => {
  await openApp()
  await waitForResults(page)
  await openTab(page, 'Partners')
  await openItem(page, 'Mexico')
  const uses = page.getByTestId('item-uses')
  const mexicoBrief = uses.getByRole('button', { name: 'Bilateral meeting with Mexico on asylum capacity building' })
  await expect(mexicoBrief).toHaveCount(1)
  await mexicoBrief.click()
  await expect(page.getByTestId('outline')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Bilateral meeting with Mexico on asylum capacity building'
  )

  await page.reload()
  await expect(page.getByTestId('outline')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Bilateral meeting with Mexico on asylum capacity building'
  )
  const menu = page.getByRole('navigation', { name: 'Main menu' })
  await expect(menu.getByRole('button', { name: 'Briefs' })).toHaveAttribute('aria-current', 'page')

  // Briefs is the current section: choosing it again leaves the brief for the list of briefs.
  await menu.getByRole('button', { name: 'Briefs' }).click()
  await expect(page.getByTestId('outline')).toHaveCount(0)
  await expect(page.getByTestId('brief-item').first()).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  // So does the library from an item's page; and after a reload there, the library it is.
  await menu.getByRole('button', { name: 'Library' }).click()
  await openItem(page, 'A balanced narrative on migration')
  await menu.getByRole('button', { name: 'Library' }).click()
  await waitForResults(page)
  await page.reload()
  await waitForResults(page)
  await expect(menu.getByRole('button', { name: 'Library' })).toHaveAttribute('aria-current', 'page')
})
