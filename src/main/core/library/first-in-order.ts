/**
 * The first `count` of `items` in the order `compare` gives, as a stable sort would place them
 * (items that compare equal keep their order), without sorting them all: one comparison for each
 * item that does not make the cut, a binary search for each that does. Meant for a count far below
 * the number of items (a page of a long list); a large count is better served by a sort.
 */
export function firstInOrder<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = []
  if (count <= 0) return kept
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1] as T) >= 0) continue
    // After every kept item it does not come before: equal items stay in the order they came.
    let low = 0
    let high = kept.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(item, kept[middle] as T) < 0) high = middle
      else low = middle + 1
    }
    kept.splice(low, 0, item)
    if (kept.length > count) kept.pop()
  }
  return kept
}
