import { expect, test } from './fixtures'
import { createMexicoBrief, readBrief } from './composer-helpers'

test('the brief list: search without accents, sort, duplicate for next year, delete with undo, in-use explained', async ({
  openApp,
  api
}) => {
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await page.getByRole('button', { name: 'Briefs' }).click()
  const rows = page.getByTestId('brief-item')
  await expect(rows).toHaveCount(3)

  // Accents and case aside, in either language: "mexique" finds the French title's partner.
  await page.getByRole('searchbox', { name: 'Search briefs' }).fill('MEXIQUE')
  await expect(rows).toHaveCount(2)
  await page.getByRole('searchbox', { name: 'Search briefs' }).fill('rencontre bilaterale mexique')
  await expect(rows).toHaveCount(2)
  await page.getByRole('searchbox', { name: 'Search briefs' }).fill('')

  const dates = async () => await rows.locator('time').allTextContents()
  const newest = await dates()
  expect([...newest].sort().reverse()).toEqual(newest)
  await page.getByRole('combobox', { name: 'Sort by meeting date' }).selectOption('oldest')
  expect(await dates()).toEqual([...newest].reverse())

  // Duplicate: the copy opens with its meeting details, ready for next year's date.
  await rows
    .filter({ has: page.getByRole('button', { name: 'Bilateral with Mexico', exact: true }) })
    .getByRole('button', { name: /^Duplicate/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bilateral with Mexico (copy)' })).toBeFocused()
  await page.getByLabel('Meeting date').fill('2027-12-02')
  await page.getByRole('button', { name: 'Back to briefs' }).click()
  await expect(rows).toHaveCount(4)
  const list = await api['briefs.list']({})
  const copy = list.ok ? list.value.find((each) => each.title.en === 'Bilateral with Mexico (copy)') : undefined
  expect(copy?.meeting.date).toBe('2027-12-02')
  const copied = await readBrief(api, copy?.id ?? '')

  // Delete, then undo.
  await rows
    .filter({ hasText: 'Bilateral with Mexico (copy)' })
    .getByRole('button', { name: /^Delete/ })
    .click()
  await expect(page.getByTestId('flash')).toContainText('“Bilateral with Mexico (copy)” was deleted.')
  await expect(rows).toHaveCount(3)
  await page.getByTestId('flash').getByRole('button', { name: 'Undo' }).click()
  await expect(rows).toHaveCount(4)
  expect(await readBrief(api, copy?.id ?? '')).toEqual(copied)

  // A brief in a package is not deleted, and the officer is told why.
  const pkg = await api['packages.create']({
    name: { en: 'Mexico trip', fr: 'Voyage au Mexique' },
    startDate: '2026-12-01',
    endDate: '2026-12-05',
    marking: 'UNCLASSIFIED',
    briefIds: [brief.id]
  })
  expect(pkg.ok).toBe(true)
  const original = rows.filter({ has: page.getByRole('button', { name: 'Bilateral with Mexico', exact: true }) })
  await original.getByRole('button', { name: /^Delete/ }).click()
  await expect(page.getByTestId('brief-problem')).toContainText('This brief is part of a package')
})
