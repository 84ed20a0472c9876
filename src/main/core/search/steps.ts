// Reading a saved index back at 20,000 items is a quarter of a second of checking and rebuilding
// lookups. Done in one go on the main process, it held every call of the window (and in the
// bench, the browser's own messages) for that long, right as the first answers were on their
// way. So that work is written as steps: a generator that yields every few thousand iterations,
// which a caller runs at once (tests, a query that cannot wait) or spreads over short slices
// between other work.

/** Work that yields now and then, and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>

// A thousand ordinary iterations take well under a millisecond; a yield costs a function call.
const YIELD_EVERY = 1024

/** True once every `every` iterations (a power of two, so a mask decides), at which a loop yields. */
export function yieldsAt(iteration: number, every = YIELD_EVERY): boolean {
  return (iteration & (every - 1)) === every - 1
}

/** Runs steps to their end at once; what they throw is thrown. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next()
    if (next.done === true) return next.value
  }
}

/**
 * Runs steps in slices of about `sliceMs`, each in a task of its own, so other work is served in
 * between. Resolves with their result, or null once `stopped` says so (checked before each slice);
 * rejects with what they throw. A `sliceMs` given as a function is asked before each slice: one
 * that answers Infinity runs the rest at once, for work someone is now waiting for.
 */
export function runInSlices<T>(
  steps: Steps<T>,
  sliceMs: number | (() => number),
  stopped: () => boolean
): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const slice = (): void => {
      if (stopped()) {
        steps.return(null as T)
        resolve(null)
        return
      }
      const deadline = performance.now() + (typeof sliceMs === 'number' ? sliceMs : sliceMs())
      try {
        for (;;) {
          const next = steps.next()
          if (next.done === true) return resolve(next.value)
          if (performance.now() >= deadline) break
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
        return
      }
      setImmediate(slice)
    }
    setImmediate(slice)
  })
}
