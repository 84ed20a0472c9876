import { readdir } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { join } from 'node:path'
import { exportsDirFor, expect, shownInFolder, test } from './fixtures'
import { documentXml, expectNoSeriousViolation, MEXICO, readZip } from './packages-helpers'

/** From the Briefs screen, the Mexico example in the composer, then its export dialog; returns the button that opened it. */
async function openMexicoExport(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Briefs' }).click()
  await page.locator('[data-brief-open="brief-mexico-asylum-capacity"]').click()
  const opener = page.getByRole('button', { name: 'Export…' })
  await opener.click()
  return opener
}

test('the example Mexico brief exports bilingual from the composer through the export dialog', async ({
  openApp,
  dataDir
}) => {
  const page = await openApp()
  const opener = await openMexicoExport(page)

  const dialog = page.getByRole('dialog', { name: 'Export the brief to Word' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText(MEXICO)).toBeVisible()
  // The brief is bilingual, so the dialog starts bilingual; a brief has no zip choice.
  await expect(dialog.getByRole('radio', { name: /Bilingual/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /zip file/ })).toHaveCount(0)
  await expect(dialog.getByText('Before you export')).toBeVisible()
  await expectNoSeriousViolation(page, 'export-dialog-brief')
  await page.screenshot({ path: '/tmp/export-brief-dialog.png' })

  await dialog.getByRole('button', { name: 'Export…' }).click()
  const saved = dialog.getByTestId('export-saved')
  await expect(saved).toContainText('Saved to', { timeout: 20_000 })
  await expect(saved).toContainText(/\(\d[\d,]* KB\)/)
  await page.screenshot({ path: '/tmp/export-brief-saved.png' })

  const files = await readdir(exportsDirFor(dataDir))
  expect(files).toEqual([`2027-02-17 Mexico - ${MEXICO} - bilingual.docx`])
  const path = join(exportsDirFor(dataDir), files[0] ?? '')
  await expect(saved).toContainText(path)
  const { bytes } = await readZip(path)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  const xml = documentXml(new Uint8Array(bytes))
  expect(xml).toContain(MEXICO)
  expect(xml).toContain('Rencontre bilatérale avec le Mexique')
  expect(xml).toMatch(/<w:lang [^>]*w:val="fr-CA"/)

  await saved.getByRole('button', { name: 'Show in folder' }).click()
  await expect.poll(() => shownInFolder(dataDir)).toEqual([path])

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(opener).toBeFocused()
})

test('the pocket card exports from the same dialog, in English, without contents or annexes to choose', async ({
  openApp,
  dataDir
}) => {
  const page = await openApp()
  await openMexicoExport(page)
  const dialog = page.getByRole('dialog', { name: 'Export the brief to Word' })
  await dialog.getByRole('radio', { name: /The pocket card/ }).check()
  await expect(dialog.getByRole('checkbox', { name: /contents/i })).toBeHidden()
  // The sample library has no short forms yet: the dialog says the card prints first sentences.
  await expect(dialog.getByTestId('card-first-sentences')).toContainText(
    '6 key messages and 10 responsive lines have no short form'
  )
  await dialog.getByRole('radio', { name: /^English/ }).check()
  await expectNoSeriousViolation(page, 'export-dialog-card')
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByTestId('export-saved')).toContainText('Saved to', { timeout: 20_000 })

  const files = await readdir(exportsDirFor(dataDir))
  expect(files).toEqual([`2027-02-17 Mexico - ${MEXICO} - card.docx`])
  const xml = documentXml(new Uint8Array((await readZip(join(exportsDirFor(dataDir), files[0] ?? ''))).bytes))
  expect(xml).toContain('Across the table')
  expect(xml).not.toContain('Messages clés')
})
