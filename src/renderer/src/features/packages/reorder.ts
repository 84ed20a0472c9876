/** The list with the entry at `from` moved to `to` (both clamped to the list); a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list]
  if (from < 0 || from >= list.length) return next
  const target = Math.max(0, Math.min(list.length - 1, to))
  const [moved] = next.splice(from, 1)
  if (moved !== undefined) next.splice(target, 0, moved)
  return next
}

/**
 * Where the entry at `from` goes when dropped before or after the entry at `target`, as an index
 * that moveItem takes (counted without the moved entry).
 */
export function dropPosition(from: number, target: number, place: 'before' | 'after'): number {
  const to = place === 'after' ? target + 1 : target
  return from < to ? to - 1 : to
}

/** True when the entry at `index` can move by `delta` and stay in the list. */
export function canMove(length: number, index: number, delta: number): boolean {
  const target = index + delta
  return index >= 0 && index < length && target >= 0 && target < length
}

/** The move a key asks for: Alt+ArrowUp is -1, Alt+ArrowDown is +1, anything else null. */
export function reorderDelta(event: {
  key: string
  altKey: boolean
  ctrlKey?: boolean
  metaKey?: boolean
}): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null
  if (event.key === 'ArrowUp') return -1
  if (event.key === 'ArrowDown') return 1
  return null
}
