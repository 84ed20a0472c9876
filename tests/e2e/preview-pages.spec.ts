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

  await expect.poll(() => pageLayout(page)).toEqual(LETTER_PAGES)
  await sheet.locator('.preview-row[data-page-break]').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/preview-pages-en.png' })

  // The pages follow the pane's width, once the breaks are placed again.
  await page.setViewportSize({ width: 1280, height: 720 })
  await expect.poll(() => pageLayout(page)).toEqual(LETTER_PAGES)
})

/** What a preview cut into Letter pages shows: more than two pages, none running long. */
const LETTER_PAGES = { severalPages: true, tooTall: [] }

/**
 * The preview's pages, from one break to the next: whether there are more than two, and the
 * heights of those taller than a Letter page (the page's width times 11/8.5), leaving out a page
 * holding a single row taller than a page, which the preview moves whole.
 */
async function pageLayout(page: Page): Promise<{ severalPages: boolean; tooTall: number[] }> {
  return page.locator('.preview-page').evaluate((element) => {
    const letter = (element.getBoundingClientRect().width * 11) / 8.5
    const pages: Array<{ top: number; rows: number }> = []
    for (const row of [...element.querySelectorAll('.preview-row')].slice(1, -1)) {
      const top = row.getBoundingClientRect().top
      if (row.hasAttribute('data-page-break') || pages.length === 0) pages.push({ top, rows: 1 })
      else pages.at(-1)!.rows += 1
    }
    const heights = pages
      .slice(0, -1)
      .map((current, index) => ({ ...current, height: pages[index + 1]!.top - current.top }))
    return {
      severalPages: pages.length > 2,
      tooTall: heights.filter((each) => each.rows > 1 && each.height > letter).map((each) => Math.round(each.height))
    }
  })
}
