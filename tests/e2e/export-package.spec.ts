import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { exportsDirFor, expect, shownInFolder, test } from './fixtures'
import {
  addBrief,
  createPackage,
  documentXml,
  expectNoSeriousViolation,
  M5,
  MEXICO,
  openPackages,
  packageOrder,
  readZip
} from './packages-helpers'

// Packages export through the same dialog as briefs (export-brief.spec.ts), with a file format to pick.

test('a one-brief package exports bilingual through the dialog, and Show in folder opens it', async ({
  openApp,
  dataDir
}) => {
  const page = await openApp()
  await openPackages(page)
  await createPackage(page, { en: 'Mexico visit', fr: 'Visite au Mexique', start: '2027-02-16', end: '2027-02-18' })
  await addBrief(page, MEXICO)

  const opener = page.getByRole('button', { name: 'Export…' })
  await opener.click()
  const dialog = page.getByRole('dialog', { name: 'Export the package to Word' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Export the package to Word' })).toBeFocused()
  // The brief is bilingual, so the export starts bilingual; table of contents and annexes are on.
  await expect(dialog.getByRole('radio', { name: /Bilingual/ })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: 'Table of contents' })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: /Annexes/ })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /One Word document/ })).toBeChecked()
  await expect(dialog.getByText('Before you export')).toBeVisible()
  await page.screenshot({ path: '/tmp/export-dialog.png' })
  await expectNoSeriousViolation(page, 'export-dialog')

  await dialog.getByRole('button', { name: 'Export…' }).click()
  const saved = dialog.getByTestId('export-saved')
  await expect(saved).toContainText('Saved to', { timeout: 20_000 })
  await expect(saved).toContainText(/\(\d[\d,]* KB\)/)
  await page.screenshot({ path: '/tmp/export-saved.png' })

  const files = await readdir(exportsDirFor(dataDir))
  expect(files).toEqual(['2027-02-16 Mexico visit - bilingual.docx'])
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

  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(opener).toBeFocused()
})

test('a two-brief package, reordered, exports as one .docx in its order and as a zip of two', async ({
  openApp,
  dataDir
}) => {
  const page = await openApp()
  await openPackages(page)
  await createPackage(page, { en: 'Spring trip', fr: 'Voyage du printemps', start: '2027-02-15', end: '2027-03-20' })
  await addBrief(page, MEXICO)
  await addBrief(page, M5)
  await page.getByRole('button', { name: `Move up: ${M5}` }).click()
  await expect.poll(() => packageOrder(page)).toEqual([M5, MEXICO])

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export the package to Word' })
  // The briefs differ in language (English, bilingual), so the export starts bilingual.
  await expect(dialog.getByRole('radio', { name: /Bilingual/ })).toBeChecked()
  await dialog.getByRole('radio', { name: 'English', exact: true }).check()
  await dialog.getByRole('button', { name: 'Export…' }).click()
  await expect(dialog.getByTestId('export-saved')).toBeVisible({ timeout: 20_000 })

  const docxPath = join(exportsDirFor(dataDir), '2027-02-15 Spring trip.docx')
  expect(existsSync(docxPath)).toBe(true)
  const combined = documentXml(new Uint8Array((await readZip(docxPath)).bytes))
  const m5At = combined.indexOf('Migration Five (M5) senior officials')
  const mexicoAt = combined.indexOf(MEXICO)
  expect(m5At).toBeGreaterThan(-1)
  expect(mexicoAt).toBeGreaterThan(m5At)

  await dialog.getByRole('radio', { name: /zip file/ }).check()
  await expect(dialog.getByTestId('export-saved')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Export…' }).click()
  // The progress names the number of briefs while the zip is written.
  await expect(dialog.getByTestId('export-saved')).toBeVisible({ timeout: 20_000 })
  await page.screenshot({ path: '/tmp/export-zip-saved.png' })

  const zipPath = join(exportsDirFor(dataDir), '2027-02-15 Spring trip.zip')
  const { bytes, entries } = await readZip(zipPath)
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  const docs = Object.keys(entries).filter((name) => name.endsWith('.docx'))
  expect(docs).toHaveLength(2)
  for (const name of docs) {
    const part = entries[name]
    if (!part) throw new Error(`${name} is empty`)
    expect(documentXml(part)).toContain('<w:document')
  }
})
