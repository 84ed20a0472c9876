import { describe, expect, it } from 'vitest'
import { firstInOrder } from '../../../../src/main/core/library/first-in-order'

// Deterministic pseudo-random numbers, so a failure can be replayed.
function numbers(count: number, seed: number, range: number): number[] {
  let state = seed
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % range
  })
}

describe('the first items in an order', () => {
  it('are those a stable sort puts first, ties kept in the order they came', () => {
    for (const [seed, range] of [
      [1, 5],
      [2, 1000],
      [3, 2]
    ] as const) {
      // Each item is its value and where it came: a tie shows in the order of the second.
      const items = numbers(300, seed, range).map((value, at) => ({ value, at }))
      const byValue = (a: { value: number }, b: { value: number }) => a.value - b.value
      const sorted = [...items].sort(byValue)
      for (const count of [0, 1, 7, 30, 299, 300, 301]) {
        expect(firstInOrder(items, count, byValue)).toEqual(sorted.slice(0, count))
      }
    }
  })

  it('reads the items once, in one pass', () => {
    let reads = 0
    function* counted(): Generator<number> {
      for (const value of [5, 3, 9, 1]) {
        reads += 1
        yield value
      }
    }
    expect(firstInOrder(counted(), 2, (a, b) => a - b)).toEqual([1, 3])
    expect(reads).toBe(4)
  })
})
