import { afterEach, describe, expect, it, vi } from 'vitest'
import { runAtOnce, runInSlices, yieldsAt } from '../../../../src/main/core/search/steps'
import type { Steps } from '../../../../src/main/core/search/steps'

afterEach(() => {
  vi.restoreAllMocks()
})

/** Counts to `to`, yielding after each number, and logs each number. */
function* counting(to: number, log: string[]): Steps<number> {
  for (let count = 1; count <= to; count += 1) {
    log.push(`step ${count}`)
    yield
  }
  return to
}

/** Every reading of the clock is a slice later: each slice runs one step. */
function oneStepPerSlice(): void {
  let clock = 0
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100))
}

describe('work in steps', () => {
  it('runs at once to its result', () => {
    expect(runAtOnce(counting(3, []))).toBe(3)
  })

  it('runs in slices with other work served in between', async () => {
    oneStepPerSlice()
    const log: string[] = []
    const result = runInSlices(counting(3, log), 8, () => false)
    setImmediate(() => log.push('other work'))
    expect(await result).toBe(3)
    expect(log.indexOf('other work')).toBeGreaterThan(0)
    expect(log.indexOf('other work')).toBeLessThan(log.length - 1)
  })

  it('stops when told, running no step after', async () => {
    oneStepPerSlice()
    const log: string[] = []
    let stop = false
    const result = runInSlices(counting(100, log), 8, () => stop)
    await new Promise((resolve) => setImmediate(resolve))
    stop = true
    expect(await result).toBeNull()
    expect(log.length).toBeLessThan(100)
  })

  it('runs the rest in one slice once its slice length says Infinity', async () => {
    oneStepPerSlice()
    const log: string[] = []
    let hurry = false
    const result = runInSlices(
      counting(100, log),
      () => (hurry ? Infinity : 8),
      () => false
    )
    await new Promise((resolve) => setImmediate(resolve))
    expect(log.length).toBeLessThan(100)
    hurry = true
    setImmediate(() => log.push('other work'))
    expect(await result).toBe(100)
    await new Promise((resolve) => setImmediate(resolve))
    // Queued before the hurried slice ran, the other work came only after its last step.
    expect(log.slice(-2)).toEqual(['step 100', 'other work'])
  })

  it('rejects with what the steps throw', async () => {
    function* failing(): Steps<number> {
      yield
      throw new Error('the saved words are wrong')
    }
    await expect(runInSlices(failing(), 8, () => false)).rejects.toThrow('the saved words are wrong')
    expect(() => runAtOnce(failing())).toThrow('the saved words are wrong')
  })

  it('yields once every so many iterations', () => {
    const yields = Array.from({ length: 4096 }, (_, iteration) => yieldsAt(iteration)).filter(Boolean)
    expect(yields).toHaveLength(4)
    expect(Array.from({ length: 64 }, (_, iteration) => yieldsAt(iteration, 32)).filter(Boolean)).toHaveLength(2)
  })
})
