import { expect, test } from './fixtures'
import { createMexicoBrief, openBrief, readBrief, waitSaved } from './composer-helpers'

test('autosave: text typed in a free-text item is in the store about a second later, without leaving the field', async ({
  openApp,
  api
}) => {
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  await page.getByRole('button', { name: 'Add text to this section Key messages' }).click()
  const english = page.getByRole('textbox', { name: 'Text written in this brief, English' })
  await expect(english).toBeFocused()
  await page.keyboard.type('Canada values its partnership with Mexico.')
  await page.waitForTimeout(1500)
  const saved = await readBrief(api, brief.id)
  const texts = saved.sections.flatMap((section) => section.items).filter((item) => item.type === 'text')
  expect(texts.map((item) => (item.type === 'text' ? item.text.en : ''))).toEqual([
    'Canada values its partnership with Mexico.'
  ])
  await expect(english).toBeFocused()
  await expect(page.getByTestId('save-indicator')).toHaveText('All changes saved')
})

test('undo and redo by keyboard outside text fields, and a conflict explained with a reload', async ({
  openApp,
  api
}) => {
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  await page.getByRole('button', { name: 'Add text to this section Background' }).click()
  await page.keyboard.type('A note.')
  await page.getByRole('heading', { level: 2, name: 'Brief outline' }).click()
  await expect(page.getByTestId('outline-item')).toHaveCount(1)
  // Two steps: the typing, then the adding.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('outline-item')).not.toContainText('A note.')
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('outline-item')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect(page.getByTestId('outline-item')).toContainText('A note.')
  await waitSaved(page)

  // Saved from elsewhere: the next save is refused, autosave stops, the officer is told why.
  const current = await readBrief(api, brief.id)
  await api['briefs.save']({
    brief: { ...current, title: { ...current.title, en: 'Changed elsewhere' } },
    expectedUpdatedAt: current.updatedAt
  })
  await page.getByRole('button', { name: 'Remove the section “Annexes: partner profile and key facts”' }).click()
  await expect(page.getByTestId('conflict-alert')).toContainText('This brief was saved from somewhere else')
  await expect(page.getByTestId('save-indicator')).toHaveText('Not saved')
  await page.getByRole('button', { name: 'Reload the brief' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Changed elsewhere' })).toBeVisible()
})

test('drag and drop: a library card into a section, and an item to another place', async ({ openApp, api }) => {
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  const suggested = page.locator('.suggested [data-testid="library-item"]')
  await expect(suggested.first()).toBeVisible()
  const card = suggested.filter({ hasText: 'Canada and Mexico: partners on protection and mobility' })
  const background = page
    .locator('[data-testid="outline-section"]')
    .filter({ hasText: 'Background' })
    .locator('.outline-items')
  await card.dragTo(background)
  await expect(page.getByTestId('outline-item')).toHaveCount(1)
  const keyMessages = page
    .locator('[data-testid="outline-section"]')
    .filter({ hasText: 'Key messages' })
    .locator('.outline-items')
  await page.getByTestId('outline-item').locator('.drag-handle').dragTo(keyMessages)
  await waitSaved(page)
  const saved = await readBrief(api, brief.id)
  expect(saved.sections.find((section) => section.kind === 'key-messages')?.items).toMatchObject([
    { type: 'library', itemId: 'km-mexico-partnership' }
  ])
  expect(saved.sections.find((section) => section.kind === 'background')?.items).toEqual([])
})
