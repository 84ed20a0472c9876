import { copyFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import {
  exportsDir,
  keyMessage,
  librarySnapshot,
  openExchange,
  placeForOpening,
  setKeyMessageText,
  withTrustedHeadquarters
} from './exchange-helpers'
import { emptySource } from '@shared/source'

const BAD_INPUTS = join(process.cwd(), 'tests', 'fixtures', 'bad-inputs')

test('a bundle with conflicts is reviewed side by side, settled each way, and changes the library', async ({
  openApp,
  api,
  dataDir
}) => {
  // Headquarters: a second library, where three key messages change and one is new.
  await withTrustedHeadquarters(api, dataDir, async (hq) => {
    await setKeyMessageText(
      hq,
      'km-balanced-narrative',
      'HQ: Canada keeps a balanced narrative on migration in every forum.'
    )
    await setKeyMessageText(hq, 'km-regular-pathways', 'HQ: Regular pathways must grow with demand.')
    await setKeyMessageText(
      hq,
      'km-relationship-building',
      'HQ: Relationships built over years carry us through disagreements.'
    )
    await setKeyMessageText(hq, 'km-engagement-mandate', 'HQ: International engagement serves the mandate.')
    const created = await hq['library.save']({
      kind: 'keyMessage',
      item: {
        title: {
          en: 'Climate mobility needs regional answers',
          fr: 'La mobilité climatique exige des réponses régionales'
        },
        text: {
          en: 'Canada supports regional approaches to climate mobility.',
          fr: 'Le Canada appuie des approches régionales de la mobilité climatique.'
        },
        status: 'approved',
        marking: 'UNCLASSIFIED',
        owner: 'Headquarters',
        topics: ['climate-mobility'],
        lastReviewed: '2026-11-01',
        source: emptySource(),
        reviewBy: '2027-11-01',
        partnerIds: []
      }
    })
    if (!created.ok) throw new Error(created.error.message)
    await placeForOpening(await hq['exchange.exportBundle']({ filter: {} }), dataDir, 'open-update.dossier')
  })

  // The mission changed three of the same messages meanwhile: three conflicts.
  await setKeyMessageText(api, 'km-balanced-narrative', 'Mission: a balanced narrative, told with local examples.')
  const mineKept = 'Mission: regular pathways, with Mexico as the example.'
  await setKeyMessageText(api, 'km-regular-pathways', mineKept)
  await setKeyMessageText(api, 'km-relationship-building', 'Mission: relationships are built face to face.')

  const page = await openApp()
  await openExchange(page)
  await page.getByRole('button', { name: 'Open an exchange file…' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review the import' })).toBeFocused()
  const counts = page.getByTestId('import-counts')
  await expect(counts).toContainText('1 new item')
  await expect(counts).toContainText('1 item updated since your copy')
  await expect(counts).toContainText('3 conflicts to settle')
  await expect(page.getByTestId('new-entries')).toContainText('Climate mobility needs regional answers')
  await expect(page.getByTestId('updated-entries')).toContainText(
    "International engagement is central to IRCC's mandate"
  )

  // Each conflict shows both versions side by side, the words that differ marked.
  const conflicts = page.getByTestId('conflict')
  await expect(conflicts).toHaveCount(3)
  const narrative = conflicts.filter({ hasText: 'A balanced narrative on migration' })
  const narrativeText = narrative.getByRole('group', { name: 'Text' })
  await expect(narrativeText.getByTestId('conflict-mine')).toContainText('told with local examples')
  await expect(narrativeText.getByTestId('conflict-theirs')).toContainText('in every forum')
  await expect(
    narrativeText.getByTestId('conflict-theirs').locator('mark').filter({ hasText: 'every forum' })
  ).toBeVisible()
  await expect(narrative.getByTestId('conflict-mine-head')).toContainText('Version 2')

  const apply = page.getByRole('button', { name: /^Apply:/ })
  await expect(apply).toBeDisabled()
  await expect(page.getByText('Settle the 3 remaining conflicts to apply the import.')).toBeVisible()

  await narrative.getByRole('radio', { name: /Take theirs/ }).check()
  const pathways = conflicts.filter({ hasText: 'Irregular migration grows when regular pathways do not keep pace' })
  await pathways.getByRole('radio', { name: /Keep mine/ }).check()
  await expect(apply).toBeDisabled()
  await expect(apply).toHaveText('Apply: 1 new, 1 updated, 2 of 3 conflicts settled')
  const relationships = conflicts.filter({ hasText: 'Strong relationships help us work through differences' })
  await relationships.getByRole('radio', { name: /Keep both/ }).check()
  await expect(apply).toBeEnabled()
  await expect(apply).toHaveText('Apply: 1 new, 1 updated, 3 conflicts settled')
  await page.screenshot({ path: '/tmp/exchange-preview-settled.png', fullPage: true })

  await apply.click()
  const outcome = page.getByTestId('outcome-imported')
  await expect(outcome).toBeFocused()
  await expect(outcome).toContainText('“open-update.dossier” is imported')
  // New + theirs beside mine are added; updated + theirs taken update; mine and both keep mine.
  await expect(outcome).toContainText('2 items added')
  await expect(outcome).toContainText('2 items updated')
  await expect(outcome).toContainText(/before-import/)
  await page.screenshot({ path: '/tmp/exchange-imported.png', fullPage: true })

  // The library, read through the api: theirs taken for one, mine kept for the other, both for the third.
  expect((await keyMessage(api, 'km-balanced-narrative')).text.en).toBe(
    'HQ: Canada keeps a balanced narrative on migration in every forum.'
  )
  expect((await keyMessage(api, 'km-regular-pathways')).text.en).toBe(mineKept)
  expect((await keyMessage(api, 'km-relationship-building')).text.en).toBe(
    'Mission: relationships are built face to face.'
  )
  expect((await keyMessage(api, 'km-engagement-mandate')).text.en).toBe(
    'HQ: International engagement serves the mandate.'
  )
  const copies = await api['library.search']({ query: 'Relationships built over years', kinds: ['keyMessage'] })
  if (!copies.ok) throw new Error(copies.error.message)
  expect(copies.value.hits.map((hit) => (hit.item as { title: { en: string } }).title.en)).toContain(
    'Strong relationships help us work through differences (imported)'
  )

  // And in the interface: the library finds theirs where it was taken, and mine where kept.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Library' }).click()
  const search = page.getByRole('searchbox', { name: 'Search the library' })
  await search.fill('every forum')
  await expect(page.getByTestId('library-item').filter({ hasText: 'A balanced narrative on migration' })).toBeVisible()
  await search.fill('Mexico as the example')
  await expect(
    page
      .getByTestId('library-item')
      .filter({ hasText: 'Irregular migration grows when regular pathways do not keep pace' })
  ).toBeVisible()
  await search.fill('Climate mobility needs regional answers')
  await expect(
    page.getByTestId('library-item').filter({ hasText: 'Climate mobility needs regional answers' })
  ).toBeVisible()
})

test('a damaged or hostile bundle is explained problem by problem and the library is unchanged', async ({
  openApp,
  api,
  dataDir
}) => {
  const before = await librarySnapshot(api)
  const dir = await exportsDir(dataDir)
  await copyFile(join(BAD_INPUTS, 'wrong-checksum.dossier'), join(dir, 'open-bad.dossier'))

  const page = await openApp()
  await openExchange(page)
  const open = page.getByRole('button', { name: 'Open an exchange file…' })
  await open.click()
  const problems = page.getByTestId('file-problems')
  await expect(problems).toBeFocused()
  await expect(problems).toContainText('“open-bad.dossier” cannot be imported.')
  await expect(problems).toContainText('Dossier cannot use this file')
  await expect(problems).toContainText('Dossier found 1 problem:')
  await expect(problems.getByRole('listitem')).toContainText(
    'content.json: Its content does not match the checksum in manifest.json'
  )
  await expect(problems).toContainText('Nothing was changed in your library.')
  await page.screenshot({ path: '/tmp/exchange-bad-file.png', fullPage: true })

  // A file whose entry tries to climb out of its folder is refused the same way.
  await rm(join(dir, 'open-bad.dossier'))
  await copyFile(join(BAD_INPUTS, 'path-traversal-etc-passwd.dossier'), join(dir, 'open-bad.dossier'))
  await open.click()
  await expect(problems.getByRole('listitem')).toContainText('zip entry "../../etc/passwd"')
  await expect(problems.getByRole('listitem')).toContainText('climbs out of its folder')
  await expect(page.getByRole('heading', { level: 1, name: 'Exchange' })).toBeVisible()

  expect(await librarySnapshot(api)).toEqual(before)
})

test('an import refused because the library changed meanwhile writes nothing and can be checked again', async ({
  openApp,
  api,
  dataDir
}) => {
  await withTrustedHeadquarters(api, dataDir, async (hq) => {
    await setKeyMessageText(hq, 'km-balanced-narrative', 'HQ: a balanced narrative in every forum.')
    const exported = await hq['exchange.exportBundle']({ filter: { kinds: ['keyMessage'] } })
    await placeForOpening(exported, dataDir, 'open-update.dossier')
  })

  const page = await openApp()
  await openExchange(page)
  await page.getByRole('button', { name: 'Open an exchange file…' }).click()
  await expect(page.getByTestId('updated-entries')).toContainText('A balanced narrative on migration')
  // Someone edits the same message after the check: the import must not overwrite it.
  const edited = 'Mission: edited after the file was checked.'
  await setKeyMessageText(api, 'km-balanced-narrative', edited)
  const before = await librarySnapshot(api)

  await page.getByRole('button', { name: 'Apply: 1 updated' }).click()
  const problems = page.getByTestId('file-problems')
  await expect(problems).toBeFocused()
  await expect(problems).toContainText('The import was not applied.')
  await expect(problems).toContainText('Your library changed since the file was checked')
  await expect(problems).toContainText('Nothing was changed in your library.')
  expect(await librarySnapshot(api)).toEqual(before)
  expect((await keyMessage(api, 'km-balanced-narrative')).text.en).toBe(edited)

  // Checked again, the same message is now a conflict to settle.
  await problems.getByRole('button', { name: 'Check the file again' }).click()
  await expect(page.getByTestId('conflict')).toHaveCount(1)
  await expect(problems).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: 'Review the import' })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Apply: 0 of 1 conflict settled' })).toBeDisabled()
})
