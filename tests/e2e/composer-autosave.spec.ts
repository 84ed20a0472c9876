import { expect, test } from './fixtures'
import { createMexicoBrief, openBrief, openPicker, readBrief, waitSaved } from './composer-helpers'
import { dragOnto } from './drag'

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
  // No field is left and nothing is pressed: the store receives the text on its own.
  const typedTexts = async () => {
    const saved = await readBrief(api, brief.id)
    return saved.sections
      .flatMap((section) => section.items)
      .flatMap((item) => (item.type === 'text' ? [item.text.en] : []))
  }
  await expect.poll(typedTexts, { timeout: 5000 }).toEqual(['Canada values its partnership with Mexico.'])
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
  // Focus moves to the new text at the next frame; typed sooner, the space would press "Add text" again.
  await expect(page.getByRole('textbox', { name: 'Text written in this brief, English' })).toBeFocused()
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

test('drag and drop: library cards into a section before or after an item, and an item to another section', async ({
  openApp,
  api
}) => {
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  await openPicker(page)
  const suggested = page.locator('.suggested [data-testid="library-item"]')
  await expect(suggested.first()).toBeVisible()
  const section = (name: string) =>
    page.locator('[data-testid="outline-section"]').filter({ hasText: name }).locator('.outline-items')
  const partnership = suggested.filter({ hasText: 'Canada and Mexico: partners on protection and mobility' })
  await dragOnto(page, partnership, section('Background'))
  await expect(section('Background').getByTestId('outline-item')).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: /Added “.+” to Background/ })).toHaveCount(1)

  await dragOnto(page, page.getByTestId('outline-item').locator('.drag-handle'), section('Key messages'))
  await expect(section('Key messages').getByTestId('outline-item')).toHaveCount(1)
  await expect(page.getByRole('status').filter({ hasText: /is now 1 of 1 in Key messages/ })).toHaveCount(1)

  // A second card lands above the first when dropped on its upper half, below it on its lower half.
  const cards = await suggested.count()
  expect(cards).toBeGreaterThan(2)
  const secondCard = suggested.nth(1)
  const thirdCard = suggested.nth(2)
  const [second, third] = [await secondCard.getAttribute('data-item-id'), await thirdCard.getAttribute('data-item-id')]
  await dragOnto(page, secondCard, section('Key messages').getByTestId('outline-item').first(), 'top')
  await expect(section('Key messages').getByTestId('outline-item')).toHaveCount(2)
  await dragOnto(page, thirdCard, section('Key messages').getByTestId('outline-item').first(), 'bottom')
  await expect(section('Key messages').getByTestId('outline-item')).toHaveCount(3)
  // Let go where nothing takes it (the picker's search field): nothing is added, nothing typed.
  const pickerSearch = page.locator('.picker #library-search')
  await dragOnto(page, suggested.nth(3), pickerSearch)
  await expect(pickerSearch).toHaveValue('')
  await expect(page.getByTestId('outline-item')).toHaveCount(3)

  await waitSaved(page)
  const saved = await readBrief(api, brief.id)
  const placed = (kind: string) =>
    saved.sections
      .find((each) => each.kind === kind)
      ?.items.map((item) => (item.type === 'library' ? item.itemId : item.type))
  expect(placed('key-messages')).toEqual([second, third, 'km-mexico-partnership'])
  expect(placed('background')).toEqual([])
})

test('a drop that is not Dossier’s, or names nothing it holds, changes nothing', async ({ openApp, api }) => {
  const brief = await createMexicoBrief(api)
  const page = await openApp()
  await openBrief(page, 'Bilateral with Mexico')
  const background = page
    .locator('[data-testid="outline-section"]')
    .filter({ hasText: 'Background' })
    .locator('.outline-items')
  // What another program could drop: plain text, and Dossier's own type with a forged reference.
  for (const [type, value] of [
    ['text/plain', 'Some text from elsewhere'],
    ['application/x-dossier-library-item', '{"kind":"keyMessage","id":"km-mexico-partnership","text":"FORGED"}'],
    ['application/x-dossier-library-item', 'not json'],
    ['application/x-dossier-brief-item', 'item-does-not-exist']
  ]) {
    await background.evaluate(
      (list, [dataType, data]) => {
        const transfer = new DataTransfer()
        transfer.setData(dataType as string, data as string)
        for (const name of ['dragenter', 'dragover', 'drop']) {
          list.dispatchEvent(new DragEvent(name, { bubbles: true, cancelable: true, dataTransfer: transfer }))
        }
      },
      [type, value]
    )
  }
  // A real drop after them still works, so the page was listening all along.
  await openPicker(page)
  await dragOnto(
    page,
    page.locator('.suggested [data-testid="library-item"]').filter({ hasText: 'Canada and Mexico: partners' }),
    background
  )
  await expect(background.getByTestId('outline-item')).toHaveCount(1)
  await waitSaved(page)
  const saved = await readBrief(api, brief.id)
  expect(saved.sections.flatMap((section) => section.items)).toMatchObject([
    { type: 'library', itemId: 'km-mexico-partnership', override: null }
  ])
})
