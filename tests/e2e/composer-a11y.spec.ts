import { expectNoSeriousViolation } from './accessibility'
import { expect, test } from './fixtures'
import { addByKeyboard, createMexicoBrief, openBrief, readBrief, waitSaved } from './composer-helpers'

test('the new-brief form, empty and with its problems shown, has no serious accessibility violation', async ({
  openApp
}) => {
  const page = await openApp()
  await page.getByRole('button', { name: 'Briefs' }).click()
  await page.getByRole('button', { name: 'New brief' }).click()
  await expect(page.getByRole('radio', { name: /Bilateral meeting/ })).toBeChecked()
  await expectNoSeriousViolation(page, 'new brief')

  // Nothing typed: the title is missing; the summary takes focus and links to the field.
  await page.getByRole('button', { name: 'Create the brief' }).click()
  const summary = page.locator('.error-summary')
  await expect(summary).toBeFocused()
  await expect(summary).toContainText('Title: Fill in this field.')
  await page.screenshot({ path: '/tmp/composer-new-brief-problems.png', fullPage: true })
  await expectNoSeriousViolation(page, 'new brief with problems')
  await summary.getByRole('button', { name: /Title/ }).click()
  await expect(page.getByRole('textbox', { name: 'Title, English' })).toBeFocused()
})

test('the composer in English: marking raised by an item, explained, and no serious violation', async ({
  openApp,
  api
}) => {
  test.setTimeout(60_000)
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  await addByKeyboard(page, 'regular pathways')
  // A PROTECTED A irritant lifts the brief's marking; the composer says why.
  await addByKeyboard(page, 'requests for visa facilitation')
  await expect(page.getByTestId('marking-notice')).toContainText(
    'Marking raised from UNCLASSIFIED to PROTECTED A because this brief contains “Requests for visa facilitation”'
  )
  const marking = page.getByRole('combobox', { name: 'Marking' })
  await expect(marking).toHaveValue('PROTECTED A')
  await expect(marking.locator('option')).toHaveText(['PROTECTED A', 'PROTECTED B'])
  await expect(page.locator('#brief-marking-floor')).toContainText('Cannot be lower than PROTECTED A')
  await waitSaved(page)
  expect((await readBrief(api, brief.id)).marking).toBe('PROTECTED A')
  await expect(page.getByTestId('checks')).toContainText('Checks before export')
  await page.screenshot({ path: '/tmp/composer-en.png', fullPage: true })
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/composer-en-top.png' })
  await expectNoSeriousViolation(page, 'composer')
})

test('the composer in French, bilingual brief: two-column preview, and no serious violation', async ({
  openApp,
  api
}) => {
  test.setTimeout(60_000)
  await api['settings.update']({ uiLanguage: 'fr' })
  await createMexicoBrief(api, 'bilingual')
  const page = await openApp()
  await openBrief(page, 'Rencontre bilatérale avec le Mexique')
  await addByKeyboard(page, 'regular pathways')
  await addByKeyboard(page, 'visa processing delays')
  await addByKeyboard(page, 'Canada–Mexico cooperation on asylum')
  await expect(page.getByTestId('preview').locator('.preview-bilingual')).toBeVisible()
  await expect(page.getByTestId('preview')).toContainText('If raised:')
  await expect(page.getByTestId('preview')).toContainText('Si la question est soulevée :')
  await waitSaved(page)
  await page.screenshot({ path: '/tmp/composer-fr.png', fullPage: true })
  await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/composer-fr-top.png' })
  await expectNoSeriousViolation(page, 'composer fr')
})
