import { expect, test } from './fixtures'
import { openBrief, readBrief, waitSaved } from './composer-helpers'
import { openItem } from './library-helpers'

test('a sample item says it is a draft from the binder; a source is written, checked and shown', async ({
  openApp
}) => {
  const page = await openApp()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('balanced narrative')
  await openItem(page, 'A balanced narrative on migration')
  const detail = page.getByTestId('item-detail')
  await expect(detail.getByText('Draft', { exact: true }).first()).toBeVisible()
  await expect(detail).toContainText('Dossier sample library')
  const source = page.getByTestId('item-source')
  await expect(source).toContainText('IRCC Minister Transition Binder (May 2025)')
  await expect(source).toContainText('Key Takeaways')
  await expect(source.locator('time')).toHaveAttribute('datetime', '2025-05')
  await expect(source).toContainText('general knowledge')

  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  const documentEn = page.getByRole('textbox', { name: 'Document or person, English' })
  await documentEn.fill('Call with the Americas desk')
  await page.getByRole('textbox', { name: 'As of' }).fill('May 2026')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  // A date in neither form is refused next to its field, in words.
  await expect(
    page.getByText('Enter a date as YYYY-MM-DD, or YYYY-MM when only the month is known.').first()
  ).toBeVisible()
  await page.getByRole('textbox', { name: 'As of' }).fill('2026-05-14')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(source).toContainText('Call with the Americas desk')
  await expect(source.locator('time')).toHaveAttribute('datetime', '2026-05-14')
})

test('the Mexico brief offers the MIRPS line, carries it, and the officer can take it out', async ({
  openApp,
  api
}) => {
  const page = await openApp()
  await openBrief(page, 'Bilateral meeting with Mexico on asylum capacity building')
  const item = page.getByTestId('outline-item').filter({ hasText: 'Calls for greater responsibility-sharing' })
  await item.locator('.outline-item-title').click()
  // The MIRPS line is a row of its own, added for this brief because Mexico belongs to the MIRPS.
  const row = item.getByTestId('irritant-row').filter({ hasText: 'members in this meeting: Mexico' })
  const choice = row.getByRole('checkbox', { name: /^Include line 3 / })
  await expect(choice).toBeChecked()
  const line = 'Canada is a committed member of the MIRPS Support Platform.'
  await expect(page.getByTestId('preview')).toContainText(line)

  await choice.uncheck()
  await expect(page.getByTestId('preview')).not.toContainText(line)
  // Unticked, it is offered again, as any group's line not yet added.
  await expect(row).toContainText('Tick to add it.')
  await waitSaved(page)
  const brief = await readBrief(api, 'brief-mexico-asylum-capacity')
  const placed = brief.sections
    .flatMap((section) => section.items)
    .find((entry) => entry.id === 'item-mx-irr-responsibility-sharing')
  expect(placed).not.toHaveProperty('rows')

  await choice.check()
  await expect(page.getByTestId('preview')).toContainText(line)
})
