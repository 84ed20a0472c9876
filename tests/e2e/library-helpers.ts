import { expectNoSeriousViolation } from './accessibility'
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

// Steps the library specs share: wait for the lists, search, open an item, scan a screen.

/** Where screenshots of the library screens go, for a person to look at. */
export const SHOTS_DIR = '/tmp/dossier-shots'

/** Waits until the answer to the current search is shown (not one for an earlier input). */
export async function waitForSearch(page: Page): Promise<void> {
  await expect(page.locator('.results')).toHaveAttribute('data-state', 'ready')
}

/** Waits until the library lists items for the current search. */
export async function waitForResults(page: Page): Promise<void> {
  await waitForSearch(page)
  await expect(page.getByTestId('library-item').first()).toBeVisible()
}

/** Picks a library tab by its name. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click()
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
}

/** Opens the library's filters, which the toolbar keeps folded until wanted. */
export async function openFilters(page: Page): Promise<void> {
  const disclosure = page.locator('.library-toolbar .filters-disclosure')
  if ((await disclosure.getAttribute('open')) === null) await disclosure.locator('summary').click()
  await expect(disclosure).toHaveAttribute('open', '')
}

/**
 * Scrolls the library's list down, as a user would, until a card matching `locator` is drawn
 * (the list draws the cards in view only), and returns it scrolled into view.
 */
export async function scrollToCard(page: Page, locator: Locator): Promise<Locator> {
  await waitForSearch(page)
  const scroller = page.locator('.app-main')
  await scroller.evaluate((element) => element.scrollTo(0, 0))
  for (let step = 0; step < 200; step += 1) {
    if ((await locator.count()) > 0) {
      await locator.first().scrollIntoViewIfNeeded()
      return locator.first()
    }
    // One screenful down, then two frames, so the list has drawn the rows now in view.
    const atEnd = await scroller.evaluate(async (element) => {
      const before = element.scrollTop
      element.scrollBy(0, element.clientHeight * 0.8)
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      return element.scrollTop === before
    })
    if (atEnd && (await locator.count()) === 0) break
  }
  throw new Error(`No card in the list matches ${String(locator)}`)
}

/** Opens an item from the list by the text of its title button, scrolling the list to it. */
export async function openItem(page: Page, title: string | RegExp): Promise<void> {
  const button = await scrollToCard(page, page.getByTestId('library-item').getByRole('button', { name: title }))
  await button.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** Fails on any serious or critical axe violation, and keeps a screenshot of the screen. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png` })
  await page.screenshot({ path: `${SHOTS_DIR}/${name}-full.png`, fullPage: true })
  await expectNoSeriousViolation(page, name)
}
