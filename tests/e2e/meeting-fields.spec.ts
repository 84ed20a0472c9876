import { expect, test } from './fixtures'
import { createMexicoBrief, openBrief, readBrief, waitSaved } from './composer-helpers'

// The brief's own texts (place, participants' titles and organizations) are printed in the
// document's language, so they are written in both: a French or bilingual brief holding one of
// them in English only lists it as must-fix, and the check leads to the empty input.

test('a participant typed in English only is a must-fix for a bilingual brief, until the French is written', async ({
  openApp,
  api
}) => {
  test.setTimeout(60_000)
  const brief = await createMexicoBrief(api, 'bilingual')
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  const checks = page.getByTestId('checks')
  await expect(checks).toContainText('nothing to fix')

  // A participant whose name is not known yet: the title says who is expected, in English only.
  await page.getByText('Meeting details, partners and participants').click()
  // The meeting date is also written out in the interface language, whatever format the date input uses.
  await expect(page.getByLabel('Meeting date')).toHaveAccessibleDescription('Thursday, December 3, 2026')
  const canada = page.getByRole('group', { name: 'Canadian participants' })
  await canada.getByRole('button', { name: 'Add a participant' }).click()
  await canada.getByRole('textbox', { name: 'Title or position, English' }).fill('Head of delegation')
  await waitSaved(page)
  const saved = await readBrief(api, brief.id)
  expect(saved.participants.canada).toEqual([
    { name: '', title: { en: 'Head of delegation', fr: '' }, organization: { en: '', fr: '' }, personId: null }
  ])

  // The check names the field and the language missing, and leads to the French input.
  const check = checks.getByTestId('check').filter({ hasText: 'Title or position' })
  await expect(check).toContainText('no French text')
  await check.getByRole('button').click()
  const french = canada.getByRole('textbox', { name: 'Title or position, French' })
  await expect(french).toBeFocused()
  await french.fill('Chef de la délégation')
  await waitSaved(page)
  await expect(checks).toContainText('nothing to fix')
  expect((await readBrief(api, brief.id)).participants.canada[0]?.title).toEqual({
    en: 'Head of delegation',
    fr: 'Chef de la délégation'
  })
})
