import { expect, test } from './fixtures'
import { createMexicoBrief, openBrief, openChecks, readBrief, waitSaved } from './composer-helpers'

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
  // A new brief's sections are still empty: worth a look, nothing to fix.
  await expect(checks).toContainText('Checks before export: 0 to fix')

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
  await openChecks(page)
  await check.getByRole('button').click()
  const french = canada.getByRole('textbox', { name: 'Title or position, French' })
  await expect(french).toBeFocused()
  await french.fill('Chef de la délégation')
  await waitSaved(page)
  await expect(checks).toContainText('Checks before export: 0 to fix')
  // Nameless, the participant is still worth a look: the document says "Name to be confirmed".
  await expect(checks.getByTestId('check').filter({ hasText: 'Name to be confirmed' })).toHaveCount(1)
  expect((await readBrief(api, brief.id)).participants.canada[0]?.title).toEqual({
    en: 'Head of delegation',
    fr: 'Chef de la délégation'
  })
})

/** The bilateral template's title for its Annexes. */
const ANNEXES = 'Annexes: partner profile and key facts'

// A careful director's checks: no objectives stops the export; an empty section, left out of the
// Word file, is worth a look; each check leads to its place; the Annexes offer the partner's profile.
test('no objectives is a must-fix leading to the objectives; an empty Annexes is offered the partner’s profile', async ({
  openApp,
  api
}) => {
  test.setTimeout(60_000)
  const created = await createMexicoBrief(api, 'en')
  const cleared = await api['briefs.save']({ brief: { ...created, objectives: { en: '', fr: '' } } })
  if (!cleared.ok) throw new Error(cleared.error.message)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  const checks = page.getByTestId('checks')
  await expect(checks).toContainText('Checks before export: 1 to fix')

  const objectives = checks.getByTestId('check').filter({ hasText: 'a brief must say what the meeting is for' })
  await expect(objectives).toContainText('Blocks export')
  await openChecks(page)
  await objectives.getByRole('button').press('Enter')
  const input = page.getByRole('textbox', { name: 'Purpose and objectives, English' })
  await expect(input).toBeFocused()
  await input.fill('Agree next steps on asylum capacity.')
  await waitSaved(page)
  await expect(checks).toContainText('Checks before export: 0 to fix')

  // The empty Annexes: the check says it will be left out and leads to the section.
  await checks.getByRole('heading').click()
  const annexes = checks
    .getByTestId('check')
    .filter({ hasText: 'it will be left out of the Word file' })
    .filter({
      has: page.getByRole('button', { name: ANNEXES, exact: true })
    })
  await annexes.getByRole('button', { name: ANNEXES, exact: true }).click()
  const heading = page.locator('.outline-section').filter({ has: page.getByRole('heading', { name: ANNEXES }) })
  await expect(heading.getByRole('heading', { name: ANNEXES })).toBeFocused()

  // The partner's profile is offered there; the officer adds it from the keyboard, and the check goes.
  const add = heading.getByRole('button', { name: 'Add the profile of Mexico' })
  await add.focus()
  await add.press('Enter')
  await expect(heading.getByTestId('offered-profiles')).toHaveCount(0)
  await waitSaved(page)
  await expect(annexes).toHaveCount(0)
  const saved = await readBrief(api, created.id)
  const section = saved.sections.find((each) => each.kind === 'annexes')
  expect(section?.items).toMatchObject([{ type: 'library', kind: 'partner', itemId: 'partner-mexico' }])
})
