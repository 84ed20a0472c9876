import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { openStore, releaseDataLock } from '../../src/main/store'
import type { ApiSession, ApiTable } from '../../src/main/api'
import { syntheticLibrary } from '../../bench/synthetic-library'
import { openTestSession } from '../app-harness'
import { expect, test } from './fixtures'
import { waitForResults } from './library-helpers'

const ITEMS = 3_000

let folder: string
let session: ApiSession
let api: ApiTable

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-large-'))
  const library = { schemaVersion: 1, ...syntheticLibrary(ITEMS, 100), briefs: [], packages: [] }
  const store = await openStore({ dataDir: folder, loadDefaultLibrary: async () => library })
  await store.flush()
  await releaseDataLock(folder)
  session = await openTestSession(folder)
  api = session.api
})

test.afterAll(async () => {
  // The search index of 3,000 items is saved once built: that write must be over before the
  // folder goes, or the removal meets the file it is writing (ENOTEMPTY, seen on a busy machine).
  await session.store?.flush()
  await releaseDataLock(folder)
  await rm(folder, { recursive: true, force: true })
})

/** The card that holds the focused element. */
function focusedCard(page: Page) {
  return page.locator('[data-testid="library-item"]:has(:focus)')
}

/** The place in the list (from 1) of the first drawn card whose top is in view; 0 when none. */
function firstPlaceInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const top = document.querySelector('.app-main')?.getBoundingClientRect().top ?? 0
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="library-item"]:has(.card-open)')]
    return Number(cards.find((card) => card.getBoundingClientRect().top >= top)?.getAttribute('aria-posinset') ?? 0)
  })
}

/** The title the api lists at this place of the library (title order, from 0). */
async function titleAt(position: number): Promise<string> {
  const answer = await api['library.search']({ query: '', offset: position, limit: 1 })
  if (!answer.ok) throw new Error(answer.error.message)
  const hit = answer.value.hits[0]
  if (!hit) throw new Error(`Nothing at ${position}`)
  return 'title' in hit.item ? hit.item.title.en : hit.item.name.en
}

test('every item of a 3,000-item library is within reach: by End and Home, by arrows, by scrolling', async ({
  openApp
}) => {
  test.setTimeout(120_000)
  const page = await openApp({ api })
  await waitForResults(page)
  await expect(page.getByRole('heading', { level: 2, name: /^3,?000 items$/ })).toBeVisible()
  await expect(page.getByText(/Showing the first/)).toHaveCount(0)
  // The list is as long as the library, but only the cards in view (and a few around) are drawn.
  expect(await page.getByTestId('library-item').count()).toBeLessThan(60)
  await expect(page.getByTestId('library-item').first()).toHaveAttribute('aria-setsize', String(ITEMS))

  // From the search box into the list, then End: the last item, drawn and focused.
  await page.getByRole('searchbox', { name: 'Search the library' }).focus()
  await page.keyboard.press('ArrowDown')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', '1')
  await page.keyboard.press('End')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', String(ITEMS))
  await expect(focusedCard(page).locator('.card-title')).toHaveText(await titleAt(ITEMS - 1))
  await expect(focusedCard(page)).toBeInViewport()
  await page.keyboard.press('ArrowUp')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', String(ITEMS - 1))
  await page.keyboard.press('Home')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', '1')
  await expect(focusedCard(page).locator('.card-title')).toHaveText(await titleAt(0))

  // The focused card scrolled out of the page (the list draws only what is near the view): the
  // keyboard stays on it, the list holding focus, and the next key moves on from that card.
  await page.locator('.app-main').evaluate((element) => element.scrollTo(0, element.scrollHeight / 2))
  await expect(page.locator('[data-testid="library-item"][aria-posinset="1"]')).toHaveCount(0)
  await expect(page.locator('ul.card-list')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', '2')
  await expect(focusedCard(page)).toBeInViewport()

  // End, then at once the search box: the last card, drawn meanwhile, leaves the focus where the
  // officer put it. Then back into the list, to its first item.
  const searchBox = page.getByRole('searchbox', { name: 'Search the library' })
  await page.evaluate(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }))
    document.querySelector<HTMLElement>('#library-search')?.focus({ preventScroll: true })
  })
  await expect(page.locator(`[data-testid="library-item"][aria-posinset="${ITEMS}"]`)).toBeInViewport()
  await expect(searchBox).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Home')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', '1')

  // Keys pressed faster than the list draws still count, from the card they lead to: End, up
  // twice, down once, all in one task, before the list can draw the last row.
  await page.evaluate(
    (keys) => {
      for (const key of keys) {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
      }
    },
    ['End', 'ArrowUp', 'ArrowUp', 'ArrowDown']
  )
  // Then, opened from far down, an item gives focus back to its card, scrolled to, on the way back.
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', String(ITEMS - 1))
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Back to the library' }).click()
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', String(ITEMS - 1))
  await expect(focusedCard(page)).toBeInViewport()

  // Once back, a search that finds nothing, then one that finds the list again: the list is drawn
  // anew, and the focus stays in the search box for the officer typing, not on that item again.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('qq')
  await expect(page.getByText(/^Nothing matches these words/)).toBeVisible()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('mi')
  await waitForResults(page)
  await expect(page.getByTestId('library-item').first()).toHaveAttribute('aria-posinset', '1')
  await expect(searchBox).toBeFocused()
  await expect(searchBox).toHaveValue('mi')
  await page.keyboard.press('Escape')
  await waitForResults(page)

  // Scrolled half way down, the cards in view there are drawn, in order, with their hits.
  await page.locator('.app-main').evaluate((element) => element.scrollTo(0, element.scrollHeight / 2))
  await expect.poll(() => firstPlaceInView(page)).toBeGreaterThan(ITEMS / 4)
  const position = await firstPlaceInView(page)
  expect(position).toBeLessThan((ITEMS * 3) / 4)
  const card = page.locator(`[data-testid="library-item"][aria-posinset="${position}"]`)
  await expect(card).toBeInViewport()
  await expect(card.locator('.card-title')).toHaveText(await titleAt(position - 1))

  // A search gives a list of its own length, from the top.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('migration')
  await waitForResults(page)
  const found = await api['library.search']({ query: 'migration', limit: 1 })
  if (!found.ok) throw new Error(found.error.message)
  await expect(page.getByTestId('library-item').first()).toHaveAttribute('aria-setsize', String(found.value.total))
  await expect(page.getByTestId('library-item').first()).toHaveAttribute('aria-posinset', '1')
})

test('End keeps the last card in view while the rows around it are still arriving', async ({ openApp }) => {
  // The pages near the end answer late, as on a busy computer: those rows are drawn first as
  // placeholders, and grow when their cards arrive, after the scroll to the end has settled. The
  // focused last card was then pushed half a screen below the view (seen in CI under load).
  const slow: ApiTable = {
    ...api,
    'library.search': async (input) => {
      const { offset } = input as { offset?: number }
      if ((offset ?? 0) >= ITEMS - 200) await new Promise((resolve) => setTimeout(resolve, 400))
      return api['library.search'](input)
    }
  }
  const page = await openApp({ api: slow })
  await waitForResults(page)
  await page.getByRole('searchbox', { name: 'Search the library' }).focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await expect(focusedCard(page)).toHaveAttribute('aria-posinset', String(ITEMS))
  // Once every drawn card has arrived and the rows are measured again (two frames later).
  await expect(page.locator('.result-card-loading')).toHaveCount(0)
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await expect(focusedCard(page)).toBeInViewport()
})
