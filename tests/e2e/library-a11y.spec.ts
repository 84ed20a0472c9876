import { expect, test } from './fixtures'
import { expectAccessible, openItem, openTab, waitForResults } from './library-helpers'

test('the partners list and a partner profile have no serious accessibility violation', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Partners')
  await waitForResults(page)
  await expectAccessible(page, 'partners-list')

  await openItem(page, 'Mexico')
  await expect(page.getByTestId('linked-keyMessage').getByTestId('linked-item').first()).toBeVisible()
  await expectAccessible(page, 'partner-profile')
})

test('the key message and background lists have no serious violation', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Key messages')
  await waitForResults(page)
  await expectAccessible(page, 'key-messages')

  await openTab(page, 'Background')
  await waitForResults(page)
  await expectAccessible(page, 'background')
})

test('irritants, listed and one opened with its responsive lines, have no serious violation', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Irritants')
  await waitForResults(page)
  await expectAccessible(page, 'irritants-list')
  await openItem(page, 'Visa processing delays')
  await expect(page.getByTestId('responsive-line').first()).toBeVisible()
  await expectAccessible(page, 'irritant-detail')
})

test('the edit form, with and without errors, has no serious violation', async ({ openApp }) => {
  const page = await openApp()
  await openTab(page, 'Partners')
  await waitForResults(page)
  await openItem(page, 'Mexico')
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: /Edit partner/ })).toBeVisible()
  await expectAccessible(page, 'edit-partner')

  // An approved partner without its French name is refused next to the field (the sample
  // library ships as drafts, so the status is set first).
  await page.getByLabel('Status').selectOption('approved')
  await page.getByLabel('Name, French').fill('')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('#field-name-errors')).toContainText('both English and French')
  await expectAccessible(page, 'edit-partner-errors')
})

test('history with a diff, the delete dialog and Needs review have no serious violation', async ({ openApp, api }) => {
  const got = await api['library.get']({ kind: 'keyMessage', id: 'km-balanced-narrative' })
  if (!got.ok) throw new Error(got.error.message)
  const {
    history: _history,
    version,
    updatedAt: _at,
    updatedBy: _by,
    ...draft
  } = got.value as typeof got.value & {
    text: { en: string; fr: string }
  }
  const saved = await api['library.save']({
    kind: 'keyMessage',
    // Overdue too, so that Needs review has something to show.
    item: {
      ...draft,
      lastReviewed: '2026-01-15',
      reviewBy: '2026-06-30',
      text: { ...draft.text, en: `${draft.text.en} Migration strengthens communities.` }
    },
    expectedVersion: version
  } as Parameters<(typeof api)['library.save']>[0])
  expect(saved.ok).toBe(true)

  const page = await openApp()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('balanced narrative')
  await openItem(page, 'A balanced narrative on migration')
  await expect(page.getByTestId('version-diff').locator('ins').first()).toBeVisible()
  await expectAccessible(page, 'history-diff')

  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('alertdialog')).toBeVisible()
  await expectAccessible(page, 'delete-dialog')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Back to the library' }).click()
  await page.getByRole('searchbox', { name: 'Search the library' }).fill('')
  await openTab(page, 'Needs review')
  await waitForResults(page)
  await expectAccessible(page, 'needs-review')
})
