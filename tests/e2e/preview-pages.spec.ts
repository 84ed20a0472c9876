import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openBrief } from './composer-helpers'

// The preview cuts the brief into Letter pages as Word prints it, the marking at the top and the
// bottom of each page.

const MEXICO = 'Bilateral meeting with Mexico on asylum capacity building'

test('the preview shows Letter pages, each with the marking at its top and bottom', async ({ openApp, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await openApp()
  await openBrief(page, MEXICO)
  const sheet = page.locator('.preview-page')
  const breaks = sheet.locator('.preview-row[data-page-break]')
  // The sample brief runs to several pages.
  await expect.poll(() => breaks.count()).toBeGreaterThan(1)
  const marking = await sheet.getAttribute('data-marking')
  expect(marking).toMatch(/PROTECTED|UNCLASSIFIED/)
  for (const band of await breaks.all()) expect(await band.getAttribute('data-page-break')).toBe(marking)

  await expectPagesNoTallerThanLetter(page)
  await sheet.locator('.preview-row[data-page-break]').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/preview-pages-en.png' })

  // The pages follow the pane's width.
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.waitForTimeout(500)
  await expectPagesNoTallerThanLetter(page)
})

/**
 * Each page, from one break to the next, is at most a Letter page high (the page's width times
 * 11/8.5), unless it holds a single row taller than a page, which the preview moves whole.
 */
async function expectPagesNoTallerThanLetter(page: Page): Promise<void> {
  const sheet = page.locator('.preview-page')
  const width = await sheet.evaluate((element) => element.getBoundingClientRect().width)
  const pages = await sheet.evaluate((element) => {
    const rows = [...element.querySelectorAll('.preview-row')].slice(1, -1)
    const found: Array<{ top: number; rows: number }> = []
    for (const row of rows) {
      const top = row.getBoundingClientRect().top
      if (row.hasAttribute('data-page-break') || found.length === 0) found.push({ top, rows: 1 })
      else found.at(-1)!.rows += 1
    }
    return found
  })
  expect(pages.length).toBeGreaterThan(2)
  for (const [index, next] of pages.slice(1).entries()) {
    const current = pages[index]!
    if (current.rows > 1) expect(next.top - current.top).toBeLessThanOrEqual((width * 11) / 8.5)
  }
}
