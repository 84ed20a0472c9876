import { useEffect } from 'react'
import type { RefObject } from 'react'

// US Letter, as the Word file is laid out: 11 inches high for 8.5 wide.
const PAGE_HEIGHT_PER_WIDTH = 11 / 8.5
// Breaks are placed once typing pauses: measuring the page makes the browser lay it out again,
// which a keystroke must not wait for. Until then the bands stay where they were.
const SETTLE_MS = 200

/** Where the preview marks a page break: a row of the page that starts a new page. */
export const PAGE_BREAK_ATTRIBUTE = 'data-page-break'

/**
 * Cuts the preview page into pages as Word will print it: a row that would run past the bottom of
 * a Letter page (its height from the page's width, less its margins and the marking at its top
 * and bottom) starts the next one, and carries a band showing the marking that ends the page, the
 * gap between pages and the marking that opens the next (see composer-preview.css). Rows are the
 * units: Word may break inside a long paragraph where the preview moves it whole, so the count is
 * close to Word's, not always the same. `version` changes whenever the content does.
 */
export function usePreviewPages(pageRef: RefObject<HTMLElement | null>, version: unknown): void {
  useEffect(() => {
    const page = pageRef.current
    if (!page) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(() => placeBreaks(page), SETTLE_MS)
    }
    schedule()
    // A narrower pane makes taller pages of fewer words: the breaks move with it.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    resized?.observe(page)
    return () => {
      clearTimeout(timer)
      resized?.disconnect()
    }
  }, [pageRef, version])
}

function placeBreaks(page: HTMLElement): void {
  const rows = [...page.querySelectorAll<HTMLElement>('.preview-row')]
  for (const row of rows) row.removeAttribute(PAGE_BREAK_ATTRIBUTE)
  // The first and the last rows are the markings the page opens and closes with.
  const first = rows[0]
  const last = rows.at(-1)
  if (!first || !last || rows.length < 3) return
  const style = getComputedStyle(page)
  const margins = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
  const markings = first.offsetHeight + last.offsetHeight + parseFloat(getComputedStyle(last).marginTop)
  const room = page.offsetWidth * PAGE_HEIGHT_PER_WIDTH - margins - markings
  if (!(room > 0)) return
  // Every row measured once, without bands, then the bands placed: one layout, not one per row.
  const content = rows.slice(1, -1).map((row) => ({ row, box: row.getBoundingClientRect() }))
  const starts: HTMLElement[] = []
  let pageTop = content[0]!.box.top
  for (const { row, box } of content.slice(1)) {
    // A row taller than a page starts one and runs past its end, as an image would in Word.
    if (box.bottom - pageTop > room && box.top > pageTop) {
      starts.push(row)
      pageTop = box.top
    }
  }
  // The band shows the marking as the page's footer ends one page and its header opens the next.
  const marking = page.dataset.marking ?? ''
  for (const row of starts) row.setAttribute(PAGE_BREAK_ATTRIBUTE, marking)
}
