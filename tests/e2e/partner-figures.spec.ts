import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { exportsDirFor, expect, test } from './fixtures'
import { expectAccessible, openItem, openTab, SHOTS_DIR, waitForResults } from './library-helpers'
import { documentXml, readZip } from './packages-helpers'

// A partner's figures, entered by keyboard only, refused while one is nonsense, shown on the
// profile as a chart over a table with sources, and exported in the brief's annexes as a table
// and a picture. The figures are made up for the test: the sample library carries none.

/** Types into the focused field after clearing it, as a keyboard user would. */
async function typeHere(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

async function expectFocused(page: Page, label: string): Promise<void> {
  await expect(page.locator(':focus')).toHaveAccessibleName(label)
}

test('a series of figures is typed by keyboard, charted on the profile and exported with its sources', async ({
  openApp,
  dataDir
}) => {
  const page = await openApp()
  await openTab(page, 'Partners')
  await waitForResults(page)
  await openItem(page, 'Mexico')
  await expect(page.getByTestId('partner-figures')).toHaveCount(0)
  await page.getByRole('button', { name: 'Edit', exact: true }).click()

  // The new series takes focus at its first field; every field after it is one Tab away.
  await page.getByRole('button', { name: 'Add a series' }).focus()
  await page.keyboard.press('Enter')
  await expectFocused(page, 'What is counted, English')
  await page.keyboard.type('Asylum claims (test)')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'What is counted, French')
  await page.keyboard.type('Demandes d’asile (essai)')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Unit')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Year')
  await page.keyboard.type('2023')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Value')
  await page.keyboard.type('-5')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'As of')
  await page.keyboard.type('2025-05')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Source, English')
  await page.keyboard.type('Test table of claims')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Tableau d’essai des demandes')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Link or table reference')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Remove value 1')
  await page.keyboard.press('Tab')
  await expectFocused(page, 'Add a year')
  // The next year comes with the same source and as-of date; only its value is to type.
  await page.keyboard.press('Enter')
  await expectFocused(page, 'Year')
  await expect(page.locator(':focus')).toHaveValue('2024')
  await page.keyboard.press('Tab')
  await page.keyboard.type('12345')

  // A negative count is refused in words, next to the field, and nothing is saved.
  await page.getByRole('button', { name: 'Save' }).click()
  await page.locator('#field-figures').screenshot({ path: `${SHOTS_DIR}/figures-editor.png` })
  const firstValue = page.locator('#field-figures-0-points-0-value')
  await expect(firstValue).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#field-figures-0-points-0-value-errors')).toHaveText('A figure cannot be below zero.')
  await firstValue.focus()
  await typeHere(page, '9870')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('flash')).toContainText('Saved as version')

  // The profile: a chart that says its values, over a table with each value's source and date.
  const figures = page.getByTestId('partner-figures')
  await expect(figures.getByRole('heading', { level: 2, name: 'Figures' })).toBeVisible()
  const chart = figures.getByRole('img', { name: /Asylum claims \(test\)/ })
  await expect(chart).toHaveAccessibleName(/2023, 9,870; 2024, 12,345\./)
  await expect(chart.locator('rect')).toHaveCount(2)
  const rows = figures.getByRole('row')
  await expect(rows.nth(1)).toContainText('2023')
  await expect(rows.nth(1)).toContainText('9,870')
  await expect(rows.nth(1)).toContainText('Test table of claims')
  await expect(rows.nth(2)).toContainText('12,345')
  await figures.scrollIntoViewIfNeeded()
  await expectAccessible(page, 'partner-figures')

  // The Mexico brief placed the profile before it had figures: it says so, and takes them.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Briefs' }).click()
  await page.locator('[data-brief-open="brief-mexico-asylum-capacity"]').click()
  const profile = page.getByTestId('outline-item').filter({ has: page.getByTestId('out-of-date-badge') })
  await expect(profile).toHaveCount(1)
  await profile.locator('[data-control="title"]').click()
  await expect(profile.getByTestId('figures-changed')).toContainText("Only the partner’s figures changed")
  await profile.getByRole('button', { name: "Use the library’s text" }).click()
  await expect(page.getByTestId('out-of-date-badge')).toHaveCount(0)
  // The preview prints them as Word will.
  const preview = page.getByTestId('preview-figures')
  await expect(preview.first()).toContainText('Asylum claims (test)')
  await expect(preview.first().getByRole('img')).toHaveAccessibleName(/2023, 9,870; 2024, 12,345\./)

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the brief to Word' })
  await dialog.getByRole('radio', { name: /^French/ }).check()
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByTestId('export-saved')).toContainText('Saved to', { timeout: 20_000 })

  const files = await readdir(exportsDirFor(dataDir))
  const { bytes, entries } = await readZip(join(exportsDirFor(dataDir), files[0] ?? ''))
  const xml = documentXml(new Uint8Array(bytes))
  expect(xml).toContain('Données chiffrées')
  expect(xml).toContain('Demandes d’asile (essai)')
  expect(xml).toContain('12\u00a0345')
  expect(xml).toContain('Tableau d’essai des demandes')
  expect(xml).toContain('mai 2025')
  const pictures = Object.keys(entries).filter((path) => path.startsWith('word/media/'))
  expect(pictures).toHaveLength(1)
  expect(
    Buffer.from(entries[pictures[0] ?? ''] ?? [])
      .subarray(1, 4)
      .toString('latin1')
  ).toBe('PNG')
})
