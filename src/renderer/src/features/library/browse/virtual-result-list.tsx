import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { useVirtualizer } from '@tanstack/react-virtual'
import { ResultCard } from './result-card'
import type { ResultListProps } from './result-list'
import type { SearchView } from './use-library-search'

/** A place in the list to scroll to, and the item expected there, to focus; `onMissing` when it is not. */
export interface Reveal {
  position: number
  id: string
  onMissing: () => void
  /**
   * The list has acted on it. The owner drops it then: a list drawn anew (after a search that
   * found nothing, say) must not act on it again and take focus from whoever is typing.
   */
  onDone: () => void
}

interface Props extends ResultListProps {
  view: Pick<SearchView, 'hitAt' | 'loadRange'>
  total: number
  reveal?: Reveal | undefined
}

// A card's height before it is measured: close to a library card's, so the scroll bar hardly moves.
const ESTIMATED_ROW_PX = 200
const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End']
// How long a card the keys (or a reveal) focused is kept in view while the rows around it settle.
const KEEP_IN_VIEW_MS = 2_000

interface Layout {
  columns: number
  gap: number
  /** Where the list starts inside its scrolling container. */
  offset: number
}

const UNMEASURED: Layout = { columns: 1, gap: 0, offset: 0 }

/**
 * Every found item, however many: the list is as tall as all of them, but only the rows in view
 * (and a few around) are in the page, and their hits are asked for a page at a time as they come
 * into view. The cards keep the grid's columns. Arrow keys move between titles, across rows not
 * yet drawn too; Home and End go to the first and the last item. Each card tells assistive
 * technology its place in the whole list.
 */
export function VirtualResultList(props: Props) {
  const { view, total, labelledBy, busy, onOpen, onExitTop, ref, renderActions, dragData, compact, reveal } = props
  const { hitAt, loadRange } = view
  const { t } = useTranslation()
  const listRef = useRef<HTMLUListElement | null>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  // Null until the list has been measured once.
  const [measured, setLayout] = useState<Layout | null>(null)
  const layout = measured ?? UNMEASURED
  const focusWanted = useRef<number | null>(null)
  // The item expected at focusWanted, when it was asked for by `reveal`, not by the arrow keys.
  const focusExpected = useRef<Reveal | null>(null)
  // The card just focused for the keys or a reveal, kept in view until this time (see below).
  const keptInView = useRef<{ card: HTMLElement; until: number } | null>(null)

  const setListRef = useCallback(
    (node: HTMLUListElement | null) => {
      listRef.current = node
      if (typeof ref === 'function') ref(node)
      else if (ref) ref.current = node
    },
    [ref]
  )

  // The columns the grid shows at this width, its gap, and where the list sits in the scroller.
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list) return
    const container = scrollParent(list)
    setScroller(container)
    const measure = () => {
      const style = getComputedStyle(list)
      const columns = Math.max(1, style.gridTemplateColumns.split(' ').filter(Boolean).length)
      const gap = Number.parseFloat(style.rowGap) || 0
      const offset = container
        ? list.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop
        : 0
      setLayout((now) =>
        now !== null && now.columns === columns && now.gap === gap && Math.abs(now.offset - offset) < 1
          ? now
          : { columns, gap, offset }
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(list)
    if (container?.firstElementChild) observer.observe(container.firstElementChild)
    return () => observer.disconnect()
  }, [])

  const { columns } = layout
  const rows = Math.ceil(total / columns)
  // The virtualizer is a mutable object by design; this app is not built with React Compiler,
  // whose memoizing the rule below protects.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scroller,
    estimateSize: () => ESTIMATED_ROW_PX,
    // One row beyond the view each way: a row of cards is some 300 px, more than a wheel step, and
    // each row more drawn at the first answer delayed a 20,000-item library's start (measured).
    overscan: 1,
    gap: layout.gap,
    scrollMargin: layout.offset,
    indexAttribute: 'data-row'
  })
  const shown = virtualizer.getVirtualItems()
  const first = (shown[0]?.index ?? 0) * columns
  const end = Math.min(total, ((shown.at(-1)?.index ?? -1) + 1) * columns)

  useEffect(() => {
    if (end > first) loadRange(first, end)
  }, [loadRange, first, end])

  // Back from an item opened far down: once the list is measured, it scrolls to where the item
  // was, then focuses it (below). Done once per reveal.
  const revealed = useRef<Reveal | null>(null)
  useEffect(() => {
    if (!reveal || revealed.current === reveal || measured === null || scroller === null) return
    revealed.current = reveal
    reveal.onDone()
    if (reveal.position >= total) return reveal.onMissing()
    focusWanted.current = reveal.position
    focusExpected.current = reveal
    virtualizer.scrollToIndex(Math.floor(reveal.position / measured.columns), { align: 'center' })
  }, [reveal, measured, scroller, total, virtualizer])

  // A card asked for by the keyboard (or by `reveal`) gets focus once it is drawn with its hit.
  useEffect(() => {
    const wanted = focusWanted.current
    if (wanted === null) return
    const expected = focusExpected.current
    // Asked for by keys in the list: only while focus is still there. The officer may have gone
    // to the search box meanwhile, and typing there must not be cut short.
    const active = document.activeElement
    if (!expected && active && active !== document.body && !listRef.current?.contains(active)) {
      focusWanted.current = null
      return
    }
    const button = listRef.current?.querySelector<HTMLElement>(`[data-position="${wanted}"] [data-result-open]`)
    if (!button) return
    focusWanted.current = null
    focusExpected.current = null
    if (expected && button.dataset['resultOpen'] !== expected.id) return expected.onMissing()
    button.focus()
    keptInView.current = { card: button, until: performance.now() + KEEP_IN_VIEW_MS }
  })

  // A card focused far down the list is in view when it gets focus, but the rows around it are
  // measured and their hits drawn after: rows grow, and on a busy computer the card was pushed out
  // of the view while it kept focus (End in a 3,000-item list: the last card half a screen below).
  // Until the rows settle, each drawing of the list brings the card back into view, by the least
  // scroll. The officer's own scrolling, a click or a key ends it, as does the card losing focus.
  useLayoutEffect(() => {
    const kept = keptInView.current
    if (kept === null) return
    if (performance.now() > kept.until || document.activeElement !== kept.card || !kept.card.isConnected) {
      keptInView.current = null
      return
    }
    kept.card.scrollIntoView({ block: 'nearest' })
  })
  useEffect(() => {
    if (scroller === null) return
    const release = () => {
      keptInView.current = null
    }
    const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
    for (const name of events) scroller.addEventListener(name, release, { passive: true })
    return () => {
      for (const name of events) scroller.removeEventListener(name, release)
    }
  }, [scroller])

  // A new answer is another list: a card the keys asked for in the old one is not looked for in it.
  useEffect(() => {
    if (focusExpected.current === null) focusWanted.current = null
  }, [total])

  // The focused card leaves the page when the list stops drawing it: scrolled away, or out of the
  // rows drawn for a moment while the scroll to End settles (seen: focus then fell to the page,
  // and the keys did nothing). The keyboard stays on that card: the list holds focus meanwhile,
  // and gives it back to the card once drawn again. Focus the officer moves elsewhere stays there.
  useEffect(() => {
    const list = listRef.current
    if (!list) return
    const onFocusOut = (event: FocusEvent) => {
      const card = (event.target as HTMLElement).closest<HTMLElement>('[data-position]')
      if (!card || event.relatedTarget !== null) return
      // The card is still in the page while its focus goes: whether it is leaving shows after.
      queueMicrotask(() => {
        if (card.isConnected || (document.activeElement !== null && document.activeElement !== document.body)) return
        focusWanted.current = Number(card.dataset['position'])
        focusExpected.current = null
        list.focus({ preventScroll: true })
      })
    }
    list.addEventListener('focusout', onFocusOut)
    return () => list.removeEventListener('focusout', onFocusOut)
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!KEYS.includes(event.key)) return
    const at = keyboardPlace(event.currentTarget)
    if (at === null) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && at === 0) return onExitTop()
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: total - 1 }[event.key] ?? at
    const target = Math.min(Math.max(next, 0), total - 1)
    focusWanted.current = target
    focusExpected.current = null
    const button = listRef.current?.querySelector<HTMLElement>(`[data-position="${target}"] [data-result-open]`)
    if (button) {
      focusWanted.current = null
      button.focus()
      return
    }
    // The focused card may leave the page as the list scrolls: the list holds focus meanwhile,
    // so keys pressed before the target is drawn still move from it.
    event.currentTarget.focus({ preventScroll: true })
    virtualizer.scrollToIndex(Math.floor(target / columns), { align: 'auto' })
  }

  /** Where the keyboard is in the list: the card on its way to focus, else the focused card's. */
  const keyboardPlace = (list: HTMLElement): number | null => {
    if (focusWanted.current !== null && focusExpected.current === null) return focusWanted.current
    const card = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-position]')
    return card && list.contains(card) ? Number(card.dataset['position']) : null
  }

  const top = (shown[0]?.start ?? layout.offset) - layout.offset
  const bottom = Math.max(0, virtualizer.getTotalSize() - ((shown.at(-1)?.end ?? layout.offset) - layout.offset))
  const cards: ReactNode[] = []
  for (const row of shown) {
    for (let column = 0; column < columns; column += 1) {
      const position = row.index * columns + column
      if (position >= total) break
      const hit = hitAt(position)
      // The first card of a row is measured: the grid stretches every card of a row to its height.
      const rowStart = column === 0 ? { row: row.index, measureRef: virtualizer.measureElement } : {}
      cards.push(
        hit ? (
          <ResultCard
            key={`${hit.kind}:${hit.item.id}`}
            hit={hit}
            onOpen={onOpen}
            actions={renderActions?.(hit)}
            drag={dragData?.(hit)}
            compact={compact}
            position={position}
            setSize={total}
            {...rowStart}
          />
        ) : (
          <li
            key={`loading-${position}`}
            className="card result-card result-card-loading"
            aria-busy="true"
            data-position={position}
            aria-setsize={total}
            aria-posinset={position + 1}
            data-row={rowStart.row}
            ref={rowStart.measureRef}
          >
            {t('common.loading')}
          </li>
        )
      )
    }
  }

  return (
    <ul
      className="card-list"
      aria-labelledby={labelledBy}
      aria-busy={busy || undefined}
      ref={setListRef}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={{ paddingTop: top, paddingBottom: bottom }}
    >
      {cards}
    </ul>
  )
}

/** The nearest ancestor that scrolls vertically: the list's rows are placed against it. */
function scrollParent(node: HTMLElement): HTMLElement | null {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent)
    if (overflowY === 'auto' || overflowY === 'scroll') return parent
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null
}
