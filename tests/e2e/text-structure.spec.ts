import { expectNoSeriousViolation } from './accessibility'
import { expect, test } from './fixtures'
import { openBrief, readBrief, waitSaved } from './composer-helpers'
import { SHOTS_DIR, expectAccessible, openItem, openTab, waitForResults } from './library-helpers'

// Lists and emphasis written in a text, as an officer sees them: written in plain text boxes
// that say how, shown as lists and bold in the library and in the brief preview.

test('a key message written with a list and bold shows them in the library; a background note shows its lists', async ({
  openApp
}) => {
  // Two axe scans and full-page screenshots, on a machine whose two cores run two specs at once.
  test.setTimeout(90_000)
  const page = await openApp()
  await openTab(page, 'Key messages')
  await waitForResults(page)
  await openItem(page, 'A balanced narrative on migration')
  await page.getByRole('button', { name: 'Edit', exact: true }).click()

  const english = page.getByLabel('Text, English')
  await expect(english).toHaveAccessibleDescription(/Start a line with - for a list .* \*\*bold\*\*, \*italics\*/)
  await english.fill('Canada’s narrative rests on:\n- **regular** pathways;\n- *protection* for refugees.')
  const french = page.getByLabel('Text, French')
  await expect(french).toHaveAccessibleDescription(/Start a line with - for a list/)
  await french.fill('Le discours du Canada repose sur :\n- des voies **régulières**;\n- la *protection* des réfugiés.')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('flash')).toContainText('Saved as version 2.')

  const detail = page.getByTestId('item-detail')
  const englishText = detail.locator('.rich-text[lang="en-CA"]')
  await expect(englishText.getByRole('listitem')).toHaveText(['regular pathways;', 'protection for refugees.'])
  await expect(englishText.locator('strong')).toHaveText('regular')
  await expect(englishText.locator('em')).toHaveText('protection')
  await expect(detail.locator('.rich-text[lang="fr-CA"]').getByRole('listitem')).toHaveText([
    'des voies régulières;',
    'la protection des réfugiés.'
  ])
  await expect(englishText).not.toContainText('**')
  await englishText.scrollIntoViewIfNeeded()
  await expectAccessible(page, 'key-message-with-a-list')

  // The glimpse in the search results shows the words, not the markers.
  await page.getByRole('button', { name: 'Back to the library' }).click()
  await waitForResults(page)
  const card = page.getByTestId('library-item').filter({ hasText: 'A balanced narrative on migration' })
  await expect(card.locator('.card-excerpt')).toContainText('regular pathways; protection for refugees.')
  await expect(card.locator('.card-excerpt')).not.toContainText('**')

  await openTab(page, 'Background')
  await waitForResults(page)
  await openItem(page, 'International Experience Canada (IEC)')
  const items = detail.locator('.rich-text[lang="en-CA"]').getByRole('listitem')
  await expect(items).toHaveCount(8)
  await expect(items.first()).toHaveText('fostering cultural exchange and reciprocal access to labour markets;')
  await items.first().scrollIntoViewIfNeeded()
  await expectAccessible(page, 'background-note-with-lists')
})

test('the composer’s preview prints lists and bold as Word will, and follows a list typed in the brief', async ({
  openApp,
  api
}) => {
  // The example brief is long: its preview, an axe scan of the composer and an autosave.
  test.setTimeout(90_000)
  const page = await openApp()
  await openBrief(page, 'Bilateral meeting with Mexico on asylum capacity building')
  const preview = page.getByTestId('preview')
  const english = preview.locator('.preview-cell[lang="en-CA"]')
  const french = preview.locator('.preview-cell[lang="fr-CA"]')
  await expect(english.locator('strong', { hasText: /^Purpose:$/ })).toBeVisible()
  await expect(french.locator('strong', { hasText: /^Objet\s:$/ })).toBeVisible()
  await expect(
    english.getByRole('listitem').filter({ hasText: 'an envelope to support adaptation to climate mobility.' })
  ).toBeVisible()
  await expect(
    french.getByRole('listitem').filter({ hasText: 'tisser des liens durables entre les personnes.' })
  ).toBeVisible()
  await expect(preview).not.toContainText('**')

  // A list typed into the brief's own text shows in the preview as a list.
  // Found by its id: the item's name in the outline follows its text as it is typed.
  const format = page.locator('[data-testid="outline-item"][data-item-id="item-mx-format"]')
  await expect(format).toContainText('Format: 90-minute meeting')
  await format.locator('[data-control="title"]').click()
  const box = format.getByRole('textbox', { name: 'Text written in this brief, English' })
  await expect(box).toHaveAccessibleDescription(/Start a line with - for a list/)
  await box.fill('**Format:** 90 minutes, in two parts:\n1. asylum capacity;\n2. mobility.')
  await box.blur()
  await expect(english.locator('ol').getByRole('listitem')).toHaveText(['asylum capacity;', 'mobility.'])
  await waitSaved(page)
  const saved = (await readBrief(api, 'brief-mexico-asylum-capacity')).sections
    .flatMap((section) => section.items)
    .find((item) => item.id === 'item-mx-format')
  expect(saved?.type === 'text' && saved.text.en).toBe(
    '**Format:** 90 minutes, in two parts:\n1. asylum capacity;\n2. mobility.'
  )
  await english.locator('ol').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS_DIR}/composer-preview-with-lists.png` })
  await expectNoSeriousViolation(page, 'composer with lists in the preview')
})
