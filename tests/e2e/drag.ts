import type { Locator, Page } from '@playwright/test'

/**
 * Drags `source` onto `target` as a person does: press on the source, move a few pixels so the
 * browser starts the drag, then carry it to the target (scrolled to the middle of the window) and
 * let go; `place` drops on the target's upper or lower edge. The source is pressed in the middle of
 * the window too, where the pointer rests while the target is brought into view.
 *
 * Not Locator.dragTo: it presses on the source, then scrolls the target into view before the
 * pointer has moved at all. Chromium (156.0.8078.114 here) starts no drag from a press whose page
 * scrolled under it: mousedown on the source, mouseup on the target, and no dragstart between.
 * No person drags that way, so the test must not either.
 */
export async function dragOnto(page: Page, source: Locator, target: Locator, place?: 'top' | 'bottom'): Promise<void> {
  await scrollToMiddle(source)
  await source.hover()
  const box = await source.boundingBox()
  if (!box) throw new Error('The element to drag is not on the page.')
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 8, box.y + box.height / 2 + 8, { steps: 4 })
  await scrollToMiddle(target)
  const to = await target.boundingBox()
  if (!to) throw new Error('The place to drop on is not on the page.')
  const y = place === 'top' ? to.y + 3 : place === 'bottom' ? to.y + to.height - 3 : to.y + to.height / 2
  await page.mouse.move(to.x + to.width / 2, y, { steps: 4 })
  await page.mouse.up()
}

/**
 * Scrolls `element` to the middle of the window, not just inside it: a pointer that rests near the
 * window's edge during a drag makes Chromium scroll the page under it, so a drop measured before
 * lands wherever the page stopped (a drop 3 px above the window's bottom edge did, in CI).
 */
async function scrollToMiddle(element: Locator): Promise<void> {
  await element.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'nearest' }))
}
