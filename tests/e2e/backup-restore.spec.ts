import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expectNoSeriousViolation } from './accessibility'
import { expect, openTestApi, test } from './fixtures'

// Settings > Backups > Restore, against real files: a confirmation that says what comes back and
// what stays, the present content backed up first, and the window showing the restored content.

const M5_BRIEF = 'brief-m5-senior-officials'
const MEXICO_BRIEF = 'brief-mexico-asylum-capacity'

test('restores a start-up backup after a confirmation, keeping the content before it as a backup', async ({
  dataDir,
  openApp,
  page
}) => {
  // The harness's first start backed the embedded library up; the next start backs it up again
  // (the first-start step was answered), then deletes content.
  const session = await openTestApi(dataDir)
  expect((await session['briefs.delete']({ id: M5_BRIEF })).ok).toBe(true)
  expect((await session['briefs.delete']({ id: MEXICO_BRIEF })).ok).toBe(true)
  const api = await openTestApi(dataDir)
  await openApp({ api })

  await page.getByRole('button', { name: 'Settings' }).click()
  const section = page.getByTestId('data-folder')
  const listed = section.getByTestId('backup-list').getByRole('listitem')
  // Newest first: this start's backup (after the deletions), the session's (before them), and the
  // harness's first start's.
  await expect(listed).toHaveCount(3)
  const restore = listed.nth(1).getByRole('button', { name: /^Restore the backup of / })
  await restore.click()

  const dialog = page.getByRole('alertdialog')
  await expect(dialog).toContainText('puts the library, briefs and packages back as they were on')
  await expect(dialog).toContainText('settings, signing keys and watched folders stay as they are')
  await expectNoSeriousViolation(page, 'restore confirmation')
  await page.screenshot({ path: '/tmp/settings-restore-en.png' })
  // Escape changes nothing and gives focus back to the button.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(restore).toBeFocused()
  expect((await api['briefs.get']({ id: M5_BRIEF })).ok).toBe(false)

  await page.keyboard.press('Enter')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  // The window starts again on Settings, with the restored content behind every screen.
  // The window reloads first, which a busy machine takes a while to do.
  await expect(page.getByTestId('backup-restored')).toContainText(/^The backup of .+ was restored\./, {
    timeout: 15_000
  })
  await expect(listed.filter({ hasText: /, before a restore/ })).toHaveCount(1)
  expect((await api['briefs.get']({ id: M5_BRIEF })).ok).toBe(true)
  expect((await api['briefs.get']({ id: MEXICO_BRIEF })).ok).toBe(true)
  expect((await readdir(join(dataDir, 'backups'))).filter((name) => name.endsWith('-before-restore'))).toHaveLength(1)

  await page.getByRole('button', { name: 'Briefs' }).click()
  await expect(page.getByText("Migration Five (M5) senior officials' meeting").first()).toBeVisible()
})

test('says why a damaged backup cannot be restored, and changes nothing', async ({ dataDir, openApp, page }) => {
  const session = await openTestApi(dataDir)
  expect((await session['briefs.delete']({ id: M5_BRIEF })).ok).toBe(true)
  await openApp({ api: await openTestApi(dataDir) })
  // The second newest, which the button below restores.
  const [, chosen] = (await readdir(join(dataDir, 'backups'))).sort().reverse()
  await writeFile(join(dataDir, 'backups', chosen!, 'library', 'partners.json'), 'not a library')

  await page.getByRole('button', { name: 'Settings' }).click()
  const listed = page.getByTestId('data-folder').getByTestId('backup-list').getByRole('listitem')
  await listed
    .nth(1)
    .getByRole('button', { name: /^Restore the backup of / })
    .click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByTestId('data-folder').getByRole('alert')).toContainText('library/partners.json')
  await expect(page.getByRole('alertdialog')).toBeHidden()
  expect((await readdir(join(dataDir, 'backups'))).some((name) => name.endsWith('-before-restore'))).toBe(false)
})
