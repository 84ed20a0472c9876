import { existsSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { Brief } from '@shared/entities'
import { ok } from '@shared/result'
import type { ApiTable } from '../../src/main/api'
import { exportsDirFor, expect, test } from './fixtures'
import { addBrief, createPackage, expectNoSeriousViolation, M5, openPackages } from './packages-helpers'

/** Adds a text to the M5 brief's key messages with only the given languages written. */
async function addTextToM5(api: ApiTable, id: string, text: { en: string; fr: string }): Promise<void> {
  const got = await api['briefs.get']({ id: 'brief-m5-senior-officials' })
  if (!got.ok) throw new Error(got.error.message)
  const brief = got.value as Brief
  const sections = brief.sections.map((section) =>
    section.id === 'sec-m5-key-messages'
      ? { ...section, items: [...section.items, { type: 'text' as const, id, text }] }
      : section
  )
  const saved = await api['briefs.save']({ brief: { ...brief, sections } })
  if (!saved.ok) throw new Error(saved.error.message)
}

async function openM5Package(page: Page) {
  await openPackages(page)
  await createPackage(page, { en: 'Ottawa M5', fr: 'M5 à Ottawa', start: '2027-03-16', end: '2027-03-16' })
  await addBrief(page, M5)
  const opener = page.getByRole('button', { name: 'Export…' })
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'Export the package to Word' })
  await expect(dialog.getByText('Before you export')).toBeVisible()
  return { dialog, opener }
}

test('a blocking problem turns Export off and says why; a problem in another language does not', async ({
  openApp,
  api,
  dataDir
}) => {
  await addTextToM5(api, 'text-english-only', { en: 'Canada values the M5 partnership.', fr: '' })
  const page = await openApp()
  const { dialog } = await openM5Package(page)
  const exportButton = dialog.getByRole('button', { name: 'Export…' })

  // The M5 brief is in English, so the export starts in English, where nothing is missing.
  await expect(dialog.getByRole('radio', { name: 'English', exact: true })).toBeChecked()
  // The sample library's items are drafts, worth a look, but nothing must be fixed.
  await expect(dialog.getByRole('region', { name: /^Must fix/ })).toHaveCount(0)
  await expect(exportButton).toBeEnabled()

  await dialog.getByRole('radio', { name: 'French', exact: true }).check()
  const mustFix = dialog.getByRole('region', { name: 'Must fix (1)' })
  await expect(mustFix).toContainText('A text written in the brief, in “Key messages”, has no French version.')
  await expect(exportButton).toBeDisabled()
  await expect(exportButton).toHaveAccessibleDescription(
    'Export is turned off until the problem under “Must fix” is fixed.'
  )
  await page.screenshot({ path: '/tmp/export-blocked.png' })
  await expectNoSeriousViolation(page, 'export-dialog-blocked')
  await exportButton.click({ force: true })
  await expect(dialog.getByRole('progressbar')).toHaveCount(0)
  expect(existsSync(exportsDirFor(dataDir))).toBe(false)

  await dialog.getByRole('radio', { name: /Bilingual/ }).check()
  await expect(mustFix).toBeVisible()
  await dialog.getByRole('radio', { name: 'English', exact: true }).check()
  await expect(mustFix).toHaveCount(0)
  await expect(exportButton).toBeEnabled()
})

test('cancelling the save dialog does nothing; progress shows while the export runs', async ({ openApp, api }) => {
  let cancel = true
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  const wrapped: ApiTable = {
    ...api,
    // What the main process answers when the user cancels its save dialog.
    'export.package': async (input: unknown) => {
      if (cancel) return ok(null)
      await held
      return api['export.package'](input)
    }
  }
  const page = await openApp({ api: wrapped })
  const { dialog } = await openM5Package(page)
  const exportButton = dialog.getByRole('button', { name: 'Export…' })

  await exportButton.click()
  await expect(dialog.getByRole('status').filter({ hasText: /Exporting|Saved/ })).toHaveCount(0)
  await expect(exportButton).toBeFocused()

  cancel = false
  await exportButton.click()
  const progress = dialog.getByRole('progressbar', { name: 'Exporting 1 brief…' })
  await expect(progress).toBeVisible()
  await expect(exportButton).toBeDisabled()
  // The dialog stays usable while the file is written: focus moves and Tab stays inside it.
  await dialog.getByRole('button', { name: 'Close' }).focus()
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
  await page.screenshot({ path: '/tmp/export-progress.png' })
  release()
  await expect(dialog.getByTestId('export-saved')).toBeVisible({ timeout: 20_000 })
  await expect(progress).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'Show in folder' })).toBeFocused()
})

test('a refusal from the export lists what to fix', async ({ openApp, api }) => {
  const page = await openApp()
  const { dialog } = await openM5Package(page)
  // The brief changes after the checks ran: the export itself refuses it and says why.
  await addTextToM5(api, 'text-french-only', { en: '', fr: 'Le Canada tient au partenariat du M5.' })
  await dialog.getByRole('button', { name: 'Export…' }).click()
  const refusal = dialog.getByTestId('export-blocked')
  await expect(refusal).toContainText('Dossier did not export this')
  // The checks are read again, so the problem is listed in words and Export is off.
  await expect(dialog.getByRole('region', { name: 'Must fix (1)' })).toContainText(
    'A text written in the brief, in “Key messages”, has no English version.'
  )
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeDisabled()
  await refusal.getByText('Details', { exact: true }).click()
  await expect(refusal.getByRole('listitem')).toHaveCount(1)
  await expect(refusal.getByRole('listitem')).toContainText('missing-language')
  await page.screenshot({ path: '/tmp/export-refused.png' })
})

test('Tab stays inside the dialog, and Escape closes it and returns focus', async ({ openApp }) => {
  const page = await openApp()
  const { dialog, opener } = await openM5Package(page)
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
  }
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press('Shift+Tab')
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(opener).toBeFocused()
})

test('the export dialog reads in French', async ({ openApp, api }) => {
  await api['settings.update']({ uiLanguage: 'fr' })
  await addTextToM5(api, 'text-english-only', { en: 'Canada values the M5 partnership.', fr: '' })
  const page = await openApp()
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('button', { name: 'Trousses' }).click()
  await page.getByRole('button', { name: 'Nouvelle trousse' }).click()
  await page.getByLabel('Nom du voyage ou de l’événement, Français').fill('M5 à Ottawa')
  await page.getByLabel('Date de début').fill('2027-03-16')
  await page.getByLabel('Date de fin').fill('2027-03-16')
  await page.getByRole('button', { name: 'Créer la trousse' }).click()
  await page.getByRole('button', { name: 'Ajouter : Réunion des hauts fonctionnaires du Migration Five (M5)' }).click()
  await page.getByRole('button', { name: 'Exporter…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Exporter la trousse vers Word' })
  await dialog.getByRole('radio', { name: 'Français', exact: true }).check()
  await expect(dialog.getByRole('region', { name: 'À corriger (1)' })).toContainText('n’a pas de version française')
  await expect(dialog.getByRole('checkbox', { name: 'Table des matières' })).toBeChecked()
  await page.screenshot({ path: '/tmp/export-dialog-fr.png' })
})
