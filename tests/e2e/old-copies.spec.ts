import { expectNoSeriousViolation } from './accessibility'
import { mkdir, readdir, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, openTestApi, shownInFolder, test } from './fixtures'

// Settings > Remove old copies, against real files: backups of both kinds and damaged files kept
// aside go, after a confirmation; the data and one start-up backup of it as it is now stay.

const IMPORT_BACKUP = '2026-01-05T09-00-00-000Z-before-import'

/** A data folder with three start-up backups, a before-import backup and a damaged file kept aside. */
async function folderWithCopies(dataDir: string): Promise<void> {
  for (const author of ['Awa Diallo', 'Élise Tremblay']) {
    const api = await openTestApi(dataDir)
    // A change, so that the next start makes a backup.
    expect((await api['settings.update']({ author })).ok).toBe(true)
  }
  // Named as Dossier names the backup it makes before an import.
  await mkdir(join(dataDir, 'backups', IMPORT_BACKUP, 'library'), { recursive: true })
  await writeFile(join(dataDir, 'backups', IMPORT_BACKUP, 'library', 'partners.json'), '{"schemaVersion":1,"items":[]}')
  // Cut short, so the next start restores it from its second copy and keeps the damaged one aside.
  const partners = join(dataDir, 'library', 'partners.json')
  await truncate(partners, Math.floor((await stat(partners)).size / 2))
}

async function backups(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'backups'))).sort()
}

test('Remove old copies deletes older backups and kept damaged files after a confirmation, by keyboard', async ({
  dataDir,
  openApp,
  page
}) => {
  await folderWithCopies(dataDir)
  await openApp({ api: await openTestApi(dataDir) })
  const startUp = (await backups(dataDir)).filter((name) => !name.includes('before-import'))
  // One start-up backup per start that found a change: the harness's own first start, the two
  // above (the first finds the first-start step answered by the harness: a change), and this one.
  expect(startUp).toHaveLength(4)
  expect(await readdir(join(dataDir, 'recovered', 'library'))).toHaveLength(1)

  await page.getByRole('button', { name: 'Settings' }).click()
  // The backups are listed newest first, each with its moment in words and why it was made.
  const listed = page.getByTestId('data-folder').getByTestId('backup-list').getByRole('listitem')
  await expect(listed).toHaveCount(5)
  await expect(listed.filter({ hasText: /, at start-up/ })).toHaveCount(4)
  await expect(listed.last()).toHaveText(/^Jan 5, 2026, .+, before an import/)
  await page.getByRole('button', { name: 'Open the data folder' }).click()
  expect(shownInFolder(dataDir)).toEqual([dataDir])
  const section = page.getByTestId('old-copies')
  await expect(section.getByRole('heading', { name: 'Old copies of your data' })).toBeVisible()
  await expect(section).toContainText('one start-up backup holding your data as it is now')
  await page.screenshot({ path: '/tmp/settings-old-copies-en.png', fullPage: true })
  await expectNoSeriousViolation(page, 'old copies')

  // Escape leaves everything where it was; focus goes back to the button.
  const button = section.getByRole('button', { name: 'Remove old copies…' })
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('alertdialog', { name: 'Remove old copies?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.screenshot({ path: '/tmp/settings-old-copies-confirm-en.png' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()
  expect(await backups(dataDir)).toHaveLength(5)

  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('button', { name: 'Remove old copies' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(section.getByRole('status')).toHaveText('Removed 4 backups and 1 copy of a damaged file.')

  expect(await backups(dataDir)).toEqual([startUp.at(-1)])
  await expect(listed).toHaveCount(1)
  // Only the list of repairs not yet seen is left in recovered/.
  expect(await readdir(join(dataDir, 'recovered'))).toEqual(['notices.json'])
  // The library as it is now stays.
  await page.getByRole('button', { name: 'Library' }).click()
  await expect(page.getByTestId('library-item').filter({ hasText: 'Mexico' }).first()).toBeVisible()
})

test('the section reads in French, and says so when there was nothing to remove', async ({ api, openApp, page }) => {
  expect((await api['settings.update']({ uiLanguage: 'fr' })).ok).toBe(true)
  await openApp()
  await page.getByRole('button', { name: 'Paramètres' }).click()
  const section = page.getByTestId('old-copies')
  await expect(section.getByRole('heading', { name: 'Anciennes copies de vos données' })).toBeVisible()
  await page.screenshot({ path: '/tmp/settings-old-copies-fr.png', fullPage: true })
  await expectNoSeriousViolation(page, 'old copies')

  await section.getByRole('button', { name: 'Supprimer les anciennes copies…' }).click()
  await page
    .getByRole('alertdialog', { name: 'Supprimer les anciennes copies?' })
    .getByRole('button', { name: 'Supprimer les anciennes copies' })
    .click()
  // The language was changed since the start: its one start-up backup gives way to one of the data now.
  await expect(section.getByRole('status')).toHaveText(
    /^Suppression terminée\s: 1 sauvegarde et 0 copie .+\. Dossier a d’abord fait une sauvegarde de vos données dans leur état actuel, et l’a conservée\.$/
  )
  await section.getByRole('button', { name: 'Supprimer les anciennes copies…' }).click()
  await page
    .getByRole('alertdialog', { name: 'Supprimer les anciennes copies?' })
    .getByRole('button', { name: 'Supprimer les anciennes copies' })
    .click()
  await expect(section.getByRole('status')).toHaveText('Il n’y avait aucune ancienne copie à supprimer.')
})
