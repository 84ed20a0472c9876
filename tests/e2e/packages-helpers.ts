import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { unzipSync, strFromU8 } from 'fflate'
import { expect } from './fixtures'

// Steps the packages and export specs share.

export const MEXICO = 'Bilateral meeting with Mexico on asylum capacity building'
export const M5 = "Migration Five (M5) senior officials' meeting"

/** Opens the Packages screen from the main menu. */
export async function openPackages(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Packages' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Packages' })).toBeVisible()
}

/** Creates a package from the New package form and waits for its editor. */
export async function createPackage(
  page: Page,
  {
    en,
    fr,
    start,
    end,
    marking = 'UNCLASSIFIED'
  }: { en: string; fr: string; start: string; end: string; marking?: string }
): Promise<void> {
  await page.getByRole('button', { name: 'New package' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New package' })).toBeVisible()
  await page.getByLabel('Trip or event name, English').fill(en)
  await page.getByLabel('Trip or event name, French').fill(fr)
  await page.getByLabel('Start date').fill(start)
  await page.getByLabel('End date').fill(end)
  await page.getByLabel('Marking').selectOption(marking)
  await page.getByRole('button', { name: 'Create the package' }).click()
  await expect(page.getByRole('heading', { level: 1, name: en })).toBeVisible()
}

/** Adds a brief from the picker by its title. */
export async function addBrief(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Add: ${title}` }).click()
  await expect(page.getByTestId('package-brief').filter({ hasText: title })).toHaveCount(1)
}

/** The titles of the package's briefs, in order. */
export async function packageOrder(page: Page): Promise<string[]> {
  return page.getByTestId('package-brief').locator('.brief-summary-title').allInnerTexts()
}

export { expectNoSeriousViolation } from './accessibility'

/** The bytes of a written file, and its entries when it is a zip (a .docx is one). */
export async function readZip(path: string): Promise<{ bytes: Buffer; entries: Record<string, Uint8Array> }> {
  const bytes = await readFile(path)
  return { bytes, entries: unzipSync(new Uint8Array(bytes)) }
}

/** The main text part of a .docx given as bytes. */
export function documentXml(docx: Uint8Array): string {
  const part = unzipSync(docx)['word/document.xml']
  if (!part) throw new Error('The file has no word/document.xml.')
  return strFromU8(part)
}
