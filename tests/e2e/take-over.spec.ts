import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { answerFirstStartLater, expect, openTestApi, test } from './fixtures'
import { expectAccessible } from './library-helpers'

// A data folder on a shared drive, its lock left by Dossier on another computer (switched off
// without closing Dossier, say). The app explains who holds it and where the lock is, and takes
// it over only after asking once more; then the library appears in the same window.

const FOREIGN = { pid: 4321, host: 'other-workstation', token: 'theirs', since: '2026-03-02T09:00:00.000Z' }

/** A folder locked by the other computer, inside the test's own folder so that it goes with it. */
async function lockedElsewhere(dataDir: string): Promise<{ folder: string; lockPath: string }> {
  const folder = join(dataDir, 'shared-drive')
  await mkdir(folder)
  const lockPath = join(folder, 'dossier.lock')
  await writeFile(lockPath, JSON.stringify(FOREIGN))
  return { folder, lockPath }
}

const lockOwner = async (lockPath: string) => JSON.parse(await readFile(lockPath, 'utf8')) as Record<string, unknown>

test('a folder held by another computer is explained, then taken over after a confirmation', async ({
  dataDir,
  openApp,
  page
}) => {
  const { folder, lockPath } = await lockedElsewhere(dataDir)
  await openApp({ api: await openTestApi(folder) })

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another Dossier is using your data folder')
  const main = page.getByRole('main')
  await expect(main).toContainText('Dossier on another computer, “other-workstation”, is using your data folder.')
  await expect(page.getByTestId('lock-holder')).toHaveText('Dossier on the computer “other-workstation” (process 4321)')
  await expect(page.getByTestId('lock-path')).toHaveText(lockPath)
  await expect(main).toContainText(folder)
  await expect(main).toContainText('the changes it saves after this would be refused and lost')
  // The main process's sentence speaks to the command line; the window never shows it.
  await expect(main).not.toContainText('--take-over')
  await expect(page.getByTestId('library-item')).toHaveCount(0)
  await expectAccessible(page, 'data-in-use-en')

  // Trying again while the other computer still holds the folder changes nothing, and says so.
  const retry = page.getByRole('button', { name: 'Try again' })
  await retry.click()
  await expect(page.getByRole('status')).toContainText('the folder is still in use')
  await expect(retry).toBeFocused()
  expect(await lockOwner(lockPath)).toEqual(FOREIGN)
  await expectAccessible(page, 'data-in-use-retried-en')

  // By keyboard: the question names the risk and starts on Cancel; Escape backs out.
  const takeOver = page.getByRole('button', { name: 'Take over the folder…' })
  await page.keyboard.press('Tab')
  await expect(takeOver).toBeFocused()
  await page.keyboard.press('Enter')
  const question = page.getByRole('alertdialog', { name: 'Take over the data folder?' })
  await expect(question).toContainText('If Dossier is still running on “other-workstation”')
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expectAccessible(page, 'data-in-use-confirm-en')
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  await expect(takeOver).toBeFocused()
  expect(await lockOwner(lockPath)).toEqual(FOREIGN)

  await page.keyboard.press('Enter')
  await question.getByRole('button', { name: 'Take over the folder', exact: true }).click()
  // The folder taken over had never been opened here: its first-start step comes first.
  await answerFirstStartLater(page)
  const library = page.getByRole('heading', { level: 1, name: 'Library' })
  await expect(library).toBeFocused()
  await expect(page.getByTestId('library-item').filter({ hasText: 'Mexico' }).first()).toBeVisible()
  expect(await lockOwner(lockPath)).toMatchObject({ pid: process.pid, host: hostname() })
})

test.describe('in French', () => {
  test.use({ locale: 'fr-CA' })

  test('the screen and its question are in French', async ({ dataDir, openApp, page }) => {
    const { lockPath } = await lockedElsewhere(dataDir)
    await openApp({ api: await openTestApi(join(dataDir, 'shared-drive')) })

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Un autre Dossier utilise votre dossier de données'
    )
    await expect(page.getByTestId('lock-holder')).toHaveText(
      'Dossier sur l’ordinateur «\u00a0other-workstation\u00a0» (processus 4321)'
    )
    await expect(page.getByTestId('lock-path')).toHaveText(lockPath)
    await expect(page.getByRole('main')).toContainText('seraient refusées et perdues')
    await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible()
    await page.getByRole('button', { name: 'Prendre le contrôle du dossier…' }).click()
    await expect(page.getByRole('alertdialog', { name: 'Prendre le contrôle du dossier de données?' })).toBeVisible()
    await expectAccessible(page, 'data-in-use-confirm-fr')
    await page.getByRole('button', { name: 'Annuler' }).click()
    await expectAccessible(page, 'data-in-use-fr')
    expect(await lockOwner(lockPath)).toEqual(FOREIGN)
  })
})
