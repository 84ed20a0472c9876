import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { exportsDirFor, expect, test } from './fixtures'
import { openBrief, waitSaved } from './composer-helpers'
import { expectAccessible, openFilters, SHOTS_DIR, waitForSearch } from './library-helpers'
import { documentXml, readZip } from './packages-helpers'

// Issue 13: only the English of an approved item changes. The French is marked as needing an
// update in the library, in the brief that uses the item and as must-fix in a French export,
// until a person confirms that it still matches; then the brief exports.

const TITLE = 'Canada helps partners build strong migration and protection systems'
const NEW_ENGLISH =
  'Through funding and technical expertise, Canada helps partners build fair and efficient asylum systems and respond to forced displacement.'
const MEXICO = /Bilateral meeting with Mexico on asylum capacity building/

test('an English-only edit marks the French until confirmed, in the library, the composer and the export', async ({
  openApp,
  api,
  dataDir
}) => {
  // The sample library ships drafts: an office approves an item before briefing from it.
  const approved = await api['library.setStatus']({
    kind: 'keyMessage',
    id: 'km-capacity-building',
    status: 'approved'
  })
  expect(approved.ok).toBe(true)
  const page = await openApp()

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('strong migration protection systems')
  await waitForSearch(page)
  await page.getByTestId('library-item').getByRole('button', { name: TITLE }).click()
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await page.getByLabel('Text, English').fill(NEW_ENGLISH)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('flash')).toContainText('Saved as version 3.')

  // The item says which language lags, since when, and still reads "Approved".
  const detail = page.getByTestId('item-detail')
  await expect(detail.locator('.badges')).toContainText('Approved')
  await expect(detail.locator('.badges').getByTestId('translation-badge')).toHaveText('French needs updating')
  const notice = page.getByTestId('translation-notice')
  await expect(notice).toContainText('The English of these texts changed')
  await expect(notice).toContainText('They last matched in version 2')
  await expect(detail.getByTestId('lagging-language')).toContainText('Needs updating')
  await expect(detail.getByTestId('translation-change')).toContainText('Version 3: French needs updating.')
  await expectAccessible(page, 'translation-detail')

  // In the lists: on the card, under its own filter, and in Needs review.
  await page.getByRole('button', { name: 'Back to the library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
  await openFilters(page)
  await page.getByRole('checkbox', { name: 'A language needs updating' }).check()
  await waitForSearch(page)
  const cards = page.getByTestId('library-item')
  await expect(cards).toHaveCount(1)
  await expect(cards.first()).toContainText(TITLE)
  await expect(cards.first().getByTestId('translation-badge')).toHaveText('French needs updating')
  await cards.first().screenshot({ path: `${SHOTS_DIR}/translation-library.png` })
  // By keyboard: the button goes with the filter, and focus stays among the filters.
  await page.getByRole('button', { name: /Clear 1 filter/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Partner' })).toBeFocused()
  await page.getByRole('tab', { name: 'Needs review' }).click()
  await waitForSearch(page)
  await expect(cards.filter({ hasText: TITLE })).toHaveCount(1)

  // The example brief still prints the text it copied; taking the library's newer text brings the mark.
  await openBrief(page, MEXICO)
  const item = page.getByTestId('outline-item').and(page.locator('[data-item-id="item-mx-km-capacity"]'))
  await expect(item.getByTestId('out-of-date-badge')).toBeVisible()
  await item.locator('[data-control="title"]').click()
  await item.getByRole('button', { name: "Use the library’s text" }).click()
  await expect(item.getByTestId('translation-badge')).toHaveText('French needs updating')
  await expect(item.getByTestId('translation-panel')).toContainText('The English of this text changed')
  const checks = page.getByTestId('checks')
  await expect(checks.getByTestId('check').filter({ hasText: 'the French needs updating' })).toHaveCount(1)
  await waitSaved(page)
  await item.scrollIntoViewIfNeeded()
  await expectAccessible(page, 'translation-composer')

  // A French export: must fix, naming the item, with a way to it.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the brief to Word' })
  await dialog.getByRole('radio', { name: 'French', exact: true }).check()
  const mustFix = dialog.getByRole('region', { name: /^Must fix/ })
  await expect(mustFix).toContainText(`“${TITLE}”, in “Key messages”: the French needs updating`)
  await expect(dialog.getByRole('button', { name: 'Export…' })).toHaveAttribute('aria-disabled', 'true')
  await page.screenshot({ path: `${SHOTS_DIR}/translation-export-blocked.png` })
  await mustFix.getByRole('button', { name: `Go to “${TITLE}” in the brief` }).click()
  await expect(dialog).toHaveCount(0)
  await expect(item.locator('[data-control="title"]')).toBeFocused()

  // A person confirms the French still says the same thing (a new version of the library item).
  await item.getByRole('button', { name: 'The French still matches' }).click()
  await expect(item.getByTestId('translation-badge')).toHaveCount(0)
  await expect(checks.getByTestId('check').filter({ hasText: 'the French needs updating' })).toHaveCount(0)
  const confirmed = await api['library.get']({ kind: 'keyMessage', id: 'km-capacity-building' })
  expect(confirmed.ok && confirmed.value.version).toBe(4)

  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog.getByRole('radio', { name: 'French', exact: true }).check()
  await expect(dialog.getByRole('region', { name: /^Must fix/ })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByTestId('export-saved')).toContainText('Saved to', { timeout: 20_000 })
  const files = await readdir(exportsDirFor(dataDir))
  expect(files).toHaveLength(1)
  const { bytes } = await readZip(join(exportsDirFor(dataDir), files[0] ?? ''))
  expect(documentXml(new Uint8Array(bytes))).toContain('Grâce à un soutien financier')
})
