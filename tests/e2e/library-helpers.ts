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
 * Scrolls the library's list from the top down, as a user would, until a card matching
 * `locator` is drawn (the list draws the cards in view only); returns it scrolled into view, or
 * null when the whole list holds none.
 */
export async function findCard(page: Page, locator: Locator): Promise<Locator | null> {
  await waitForSearch(page)
  const scroller = page.locator('.app-main')
  await scroller.evaluate((element) => element.scrollTo(0, 0))
  for (;;) {
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
    if (atEnd) return (await locator.count()) > 0 ? locator.first() : null
  }
}

/** Like findCard, for a card that must be there. */
export async function scrollToCard(page: Page, locator: Locator): Promise<Locator> {
  const card = await findCard(page, locator)
  if (card === null) throw new Error(`No card in the list matches ${String(locator)}`)
  return card
}

/** How many items the list's heading says the current search found ("12 items"). */
export async function listedCount(page: Page): Promise<number> {
  await waitForSearch(page)
  return Number(((await page.locator('.list-count').textContent()) ?? '').replace(/[^\d]/g, '') || Number.NaN)
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
