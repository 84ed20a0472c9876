// Undo and redo for the composer: whole snapshots, cheap because edits share every part they
// leave untouched. Bounded, so a long session cannot grow memory without end.

/** The default number of steps kept. */
export const HISTORY_LIMIT = 100

export interface History<T> {
  past: readonly T[]
  present: T
  future: readonly T[]
  /** The kind of the last step; a step of the same kind right after it merges into it. */
  lastKey: string | null
}

/** A history holding only the starting state. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null }
}

/**
 * Records a change. Steps that share a `key` with the step just before (typing in the same
 * text) merge, so one Undo takes back a burst of typing rather than one letter.
 */
export function record<T>(history: History<T>, next: T, key: string | null = null, limit = HISTORY_LIMIT): History<T> {
  if (next === history.present) return history
  if (key !== null && key === history.lastKey) {
    return { past: history.past, present: next, future: [], lastKey: key }
  }
  const past = [...history.past, history.present]
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], lastKey: key }
}

/** Replaces the present without a step of its own (a change the user did not make, such as a raised marking). */
export function replacePresent<T>(history: History<T>, next: T): History<T> {
  return { ...history, present: next }
}

/** Ends merging: the next change starts a step of its own even with the same key. */
export function seal<T>(history: History<T>): History<T> {
  return history.lastKey === null ? history : { ...history, lastKey: null }
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0
}

/** Steps back once; unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: null
  }
}

/** Steps forward again; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future
  if (next === undefined) return history
  return { past: [...history.past, history.present], present: next, future: rest, lastKey: null }
}
