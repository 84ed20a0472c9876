import { readFile, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { exportsDirFor, expect, test } from './fixtures'
import { openExchange } from './exchange-helpers'

test('the whole library or a part of it is saved as an exchange file, with a count first', async ({
  openApp,
  api,
  dataDir
}) => {
  const page = await openApp()
  await openExchange(page)
  const send = page.getByTestId('send-section')
  const count = send.getByTestId('bundle-count')
  await expect(count).toHaveText('60 items will go: 22 partners, 17 key messages, 5 irritants, 16 background notes.')

  // Narrowed to key messages about one partner, the count follows.
  await send.getByRole('radio', { name: 'Part of the library' }).check()
  const kinds = send.getByRole('group', { name: 'Kinds of items' })
  for (const kind of ['Partners', 'Irritants', 'Background'])
    await kinds.getByRole('checkbox', { name: kind }).uncheck()
  await expect(count).toHaveText('17 items will go: 17 key messages.')
  await send.getByRole('group', { name: 'Partners' }).getByRole('checkbox', { name: 'Mexico', exact: true }).check()
  await expect(count).toHaveText(/^\d+ items? will go: \d+ key messages?\.$/)
  const narrowed = Number((await count.innerText()).split(' ')[0])
  expect(narrowed).toBeGreaterThan(0)
  expect(narrowed).toBeLessThan(17)
  await send.getByRole('group', { name: 'Statuses' }).getByRole('checkbox', { name: 'Approved' }).uncheck()
  await send.getByRole('group', { name: 'Statuses' }).getByRole('checkbox', { name: 'Draft' }).uncheck()
  await send.getByRole('group', { name: 'Statuses' }).getByRole('checkbox', { name: 'Retired' }).uncheck()
  await expect(count).toHaveText('Tick at least one kind of item and one status.')
  await expect(send.getByRole('button', { name: 'Save the exchange file…' })).toBeDisabled()
  // The sample library is all drafts: nobody has approved it yet.
  await send.getByRole('group', { name: 'Statuses' }).getByRole('checkbox', { name: 'Draft' }).check()
  await expect(count).toHaveText(/will go/)
  await page.screenshot({ path: '/tmp/exchange-send-part.png', fullPage: true })

  await send.getByRole('button', { name: 'Save the exchange file…' }).click()
  const outcome = page.getByTestId('outcome-exported')
  await expect(outcome).toBeFocused()
  const today = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  // The file is named by its day and the highest marking it holds (the sample library's items are unclassified).
  const name = `dossier-library-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}-UNCLASSIFIED.dossier`
  const path = join(exportsDirFor(dataDir), name)
  await expect(outcome).toContainText(`Saved to ${path}`)
  await expect(outcome).toContainText(narrowed === 1 ? '(1 item)' : `(${narrowed} items)`)
  await outcome.getByRole('button', { name: 'Show in folder' }).click()
  await expect(outcome.locator('.field-error')).toHaveCount(0)

  const bytes = await readFile(path)
  expect(bytes.length).toBeGreaterThan(100)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  expect(await readdir(exportsDirFor(dataDir))).toEqual([name])

  // The file reads back into this library as the same key messages, nothing else.
  await rename(path, join(exportsDirFor(dataDir), 'open-sent.dossier'))
  const preview = await api['exchange.previewBundle']({})
  if (!preview.ok || preview.value === null) throw new Error('The bundle just saved could not be opened.')
  expect(preview.value.entries).toHaveLength(narrowed)
  expect(new Set(preview.value.entries.map((entry) => entry.kind))).toEqual(new Set(['keyMessage']))
  expect(preview.value.counts.unchanged).toBe(narrowed)
})
