import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, openTestApi, test } from './fixtures'

test('a data file cut in half is restored from its second copy, the app says nothing was lost, until the notice is dismissed', async ({
  api,
  dataDir,
  openApp,
  page
}) => {
  expect((await api['library.list']({ kind: 'partner' })).ok).toBe(true)
  const file = join(dataDir, 'library', 'partners.json')
  const { size } = await stat(file)
  await truncate(file, Math.floor(size / 2))
  const cut = await readFile(file)

  await openApp({ api: await openTestApi(dataDir) })
  const notice = page.getByRole('status').filter({ hasText: /second copy/i })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Nothing was lost')
  await expect(page.getByTestId('library-item').filter({ hasText: 'Mexico' }).first()).toBeVisible()

  const kept = await readdir(join(dataDir, 'recovered'), { recursive: true })
  const keptFile = kept.find((name) => name.includes('partners.json'))
  expect(keptFile, 'the damaged file is kept under recovered/').toBeDefined()
  expect(await readFile(join(dataDir, 'recovered', keptFile ?? ''))).toEqual(cut)

  // Seen and dismissed: the next start has nothing more to say.
  await notice.getByRole('button').focus()
  await page.keyboard.press('Enter')
  await expect(notice).toBeHidden()
  // The button went with the notice: focus is on the screen's title, not lost to the page.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect
    .poll(async () => (await openTestApi(dataDir))['app.status']({}))
    .toMatchObject({ ok: true, value: { notices: [] } })
})

test('a data file damaged with its copy comes back from the last backup, saying changes after it may be lost', async ({
  api,
  dataDir,
  openApp,
  page
}) => {
  // The fixture's first start installed the library; one more start takes a backup of it.
  expect((await api['library.list']({ kind: 'partner' })).ok).toBe(true)
  await openTestApi(dataDir)
  const file = join(dataDir, 'library', 'partners.json')
  await writeFile(file, '{"schemaVersion":1,"items":[{"id":"partner-mex')
  await writeFile(`${file}.copy`, '')

  await openApp({ api: await openTestApi(dataDir) })
  const notice = page.getByRole('status').filter({ hasText: /backup/i })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('after that backup, if any, are lost')
  await expect(page.getByTestId('library-item').filter({ hasText: 'Mexico' }).first()).toBeVisible()
})

test('a data folder written by a newer Dossier is explained, not overwritten', async ({ dataDir, openApp, page }) => {
  const file = join(dataDir, 'library', 'partners.json')
  const newer = JSON.stringify({ schemaVersion: 99, items: [] })
  await writeFile(file, newer)

  await openApp({ api: await openTestApi(dataDir) })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier cannot open your data')
  await expect(page.getByRole('main')).toContainText('newer version of Dossier')
  await expect(page.getByTestId('library-item')).toHaveCount(0)
  expect(await readFile(file, 'utf8')).toBe(newer)
})
