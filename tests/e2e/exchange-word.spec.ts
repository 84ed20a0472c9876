import { expect, test } from './fixtures'
import { openExchange, placeForOpening } from './exchange-helpers'

const FIRST = /^Canada values its deep partnership with Mexico/
const SECOND = /^Through funding and technical expertise, Canada helps partner countries/

test('paragraphs of an old brief in Word become key message drafts', async ({ openApp, api, dataDir }) => {
  const exported = await api['export.brief']({ briefId: 'brief-mexico-asylum-capacity', language: 'en' })
  await placeForOpening(exported, dataDir, 'open-old-brief.docx')

  const page = await openApp()
  await openExchange(page)
  await page.getByRole('button', { name: 'Choose Word documents…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pick paragraphs from Word' })).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'open-old-brief.docx' })).toBeVisible()
  // The document's headings are headings here too.
  await expect(page.getByRole('heading', { level: 3, name: 'Key messages' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 4, name: 'Visa processing delays' })).toBeVisible()

  // "Tick everything under a heading" is there for long documents, and undoes itself.
  const status = page.getByTestId('word-save-bar').getByRole('status')
  await page.getByRole('button', { name: 'Tick the 6 paragraphs under “Key messages”' }).click()
  await expect(status).toHaveText('6 paragraphs ticked')
  await page.getByRole('button', { name: 'Untick the 6 paragraphs under “Key messages”' }).click()
  await expect(status).toHaveText('0 paragraphs ticked')

  // Two paragraphs, by keyboard for the first; the second tied to Mexico and a topic.
  const first = page.getByRole('checkbox', { name: FIRST })
  await first.focus()
  await page.keyboard.press('Space')
  await expect(first).toBeChecked()
  await page.getByRole('checkbox', { name: SECOND }).check()
  await expect(status).toHaveText('2 paragraphs ticked')
  const secondOptions = page.getByRole('group', { name: /^How to save “Through funding/ })
  await expect(secondOptions.getByLabel('Save as')).toHaveValue('keyMessage')
  await expect(secondOptions.getByLabel('Language of the text')).toHaveValue('en')
  await secondOptions.getByLabel('Partner').selectOption({ label: 'Mexico' })
  await secondOptions.getByLabel('Topic').selectOption({ label: 'Capacity building' })
  await page.screenshot({ path: '/tmp/exchange-word-review.png', fullPage: true })

  // Leaving with ticked paragraphs asks first; Escape stays, with the ticks kept.
  await page.getByTestId('word-save-bar').getByRole('button', { name: 'Cancel' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving the 2 ticked paragraphs?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Stay and keep my ticks' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(status).toHaveText('2 paragraphs ticked')

  await page.getByRole('button', { name: 'Save 2 drafts' }).click()
  const outcome = page.getByTestId('outcome-drafts')
  await expect(outcome).toBeFocused()
  await expect(outcome).toContainText('2 drafts saved to the library')
  await expect(outcome).toContainText('choose the status “Draft”')
  await page.screenshot({ path: '/tmp/exchange-word-saved.png', fullPage: true })

  // The sample library is all drafts too: the imported ones are those not saved by it.
  const imported = (hits: { item: { updatedBy: string } }[]) =>
    hits.filter((entry) => entry.item.updatedBy !== 'Dossier sample library')
  const found = await api['library.search']({ query: 'deep partnership COMAR openness', statuses: ['draft'] })
  if (!found.ok) throw new Error(found.error.message)
  expect(imported(found.value.hits)).toHaveLength(1)
  const [hit] = imported(found.value.hits) as typeof found.value.hits
  expect(hit!.kind).toBe('keyMessage')
  expect(hit!.item.status).toBe('draft')
  expect((hit!.item as { text: { en: string; fr: string } }).text.en).toMatch(FIRST)
  expect((hit!.item as { text: { en: string; fr: string } }).text.fr).toBe('')

  const second = await api['library.search']({ query: 'funding technical expertise', statuses: ['draft'] })
  if (!second.ok) throw new Error(second.error.message)
  expect(imported(second.value.hits)).toHaveLength(1)
  expect(imported(second.value.hits)[0]!.item).toMatchObject({
    partnerIds: ['partner-mexico'],
    topics: ['capacity-building']
  })
})
