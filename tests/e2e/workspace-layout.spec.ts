import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { waitForResults } from './library-helpers'

// The workspace fills the window on the screens officers have: the library shows items and the
// composer shows the outline and a preview page without scrolling, nothing overflows sideways,
// and no menu entry or toolbar label wraps or is cut, in English and in French.

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 }
]

/** The part of an element's box inside the window, in pixels high (0 when it is all below). */
async function visibleHeight(page: Page, locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  const viewport = page.viewportSize()
  if (!box || !viewport) return 0
  return Math.max(0, Math.min(box.y + box.height, viewport.height) - Math.max(box.y, 0))
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
}

/** Labels that must stay on one line and whole: the menu, tabs and the composer's toolbar. */
async function expectLabelsOnOneLine(page: Page, selector: string): Promise<void> {
  const wrapped = await page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      // A label on one line has one line box; one that wraps has several, one that is cut overflows.
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      const cut = element.scrollWidth > element.clientWidth + 1
      return lines > 1 || cut ? [element.textContent ?? ''] : []
    })
  )
  expect(wrapped).toEqual([])
}

for (const language of ['en', 'fr'] as const) {
  for (const size of SIZES) {
    test(`${language} at ${size.width}x${size.height}: library items and the brief's outline and page in the first screen`, async ({
      openApp,
      api,
      page
    }) => {
      await page.setViewportSize(size)
      if (language === 'fr') expect((await api['settings.update']({ uiLanguage: 'fr' })).ok).toBe(true)
      await openApp()
      await waitForResults(page)
      expect(await visibleHeight(page, page.getByTestId('library-item').first())).toBeGreaterThan(80)
      await expectNoSidewaysScroll(page)
      await expectLabelsOnOneLine(page, '.nav-button, [role="tab"]')

      await page
        .getByRole('navigation')
        .first()
        .getByRole('button', { name: /^(Briefs|Notes d’information)$/ })
        .click()
      await page
        .getByTestId('brief-item')
        .getByRole('button', { name: /Mexico|Mexique/ })
        .first()
        .click()
      await expect(page.getByTestId('outline')).toBeVisible()
      expect(await visibleHeight(page, page.getByTestId('outline-item').first())).toBeGreaterThan(30)
      expect(await visibleHeight(page, page.locator('.preview-page'))).toBeGreaterThan(200)
      await expectNoSidewaysScroll(page)
      await expectLabelsOnOneLine(
        page,
        '.nav-button, .brief-setting label, .composer-toolbar > .toolbar > button, .composer-toolbar summary'
      )
    })
  }
}

test('a search for one very long word finds nothing, and its heading wraps instead of widening the page', async ({
  openApp,
  page
}) => {
  await page.setViewportSize(SIZES[1] ?? { width: 1280, height: 720 })
  await openApp()
  await waitForResults(page)
  await page.locator('#library-search').fill(`${'a'.repeat(300)} <&>"'`)
  const heading = page.locator('#library-results-heading')
  await expect(heading).toContainText('0 ')
  await expectNoSidewaysScroll(page)
  // The page may clip it rather than scroll: the heading itself must fit in its box.
  expect(await heading.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1)
})
