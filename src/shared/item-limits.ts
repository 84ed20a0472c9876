import { z } from 'zod'

// How many entries each list of a library item may hold. Real items hold a handful; the caps sit
// far above that so no office meets them, and low enough that a file from outside cannot make one
// item cost thousands of checks (a bundle's items are judged by these same schemas).

export const ITEM_LIST_LIMITS = {
  topics: 50,
  tags: 100,
  keyFacts: 200,
  people: 200,
  programmes: 200,
  responsiveLines: 200,
  /** Partners an item is linked to, and a partner's related partners. */
  partnerLinks: 500,
  /** A partner's series of figures, and the years one series holds (figures.ts). */
  figureSeries: 50,
  figurePoints: 100
} as const

/** How many items of one kind a library bundle may carry (a whole department's library fits). */
export const MAX_ITEMS_PER_KIND = 10_000

/** A list of `item` holding at most `max` entries, refused in plain words past that. */
export function cappedList<T extends z.ZodType>(item: T, max: number, what: string) {
  return z.array(item).max(max, `Keep at most ${max} ${what} in one item.`)
}
