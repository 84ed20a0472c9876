import { describe, expect, it } from 'vitest'
import { Postings } from '../../../../src/main/core/search/postings'

/** Every posting of a word, both runs together, in the order read. */
function all(postings: Postings, word: number): number[] {
  const [grouped, recent] = postings.of(word)
  return [...grouped, ...recent]
}

describe('Postings', () => {
  it('gives each word its postings in the order they were added, before and after grouping', () => {
    const postings = new Postings()
    postings.add(2, 20)
    postings.add(0, 1)
    postings.add(2, 21)
    expect(all(postings, 2)).toEqual([20, 21])
    expect(all(postings, 0)).toEqual([1])
    expect(all(postings, 1)).toEqual([])
    expect(all(postings, 9)).toEqual([])

    expect([...postings.group()]).toEqual([1, 0, 2])
    postings.add(2, 22)
    postings.add(5, 50)
    const [grouped, recent] = postings.of(2)
    expect([...grouped]).toEqual([20, 21])
    expect(recent).toEqual([22])
    expect(all(postings, 5)).toEqual([50])
  })

  it('drops the postings grouping is told not to keep, and says how many each word has left', () => {
    const postings = new Postings()
    for (const [word, posting] of [
      [0, 1],
      [0, 2],
      [1, 3],
      [1, 4],
      [2, 6]
    ] as const)
      postings.add(word, posting)
    postings.group()
    postings.add(1, 5)
    const left = postings.group((posting) => posting % 2 === 0)
    expect([...left]).toEqual([1, 1, 1])
    expect(all(postings, 0)).toEqual([2])
    expect(all(postings, 1)).toEqual([4])
    expect(all(postings, 2)).toEqual([6])
  })

  it('groups a long log by itself and loses nothing on the way', () => {
    const postings = new Postings()
    const words = 97
    const added = 300_000
    for (let index = 0; index < added; index += 1) postings.add(index % words, index)
    const [grouped, recent] = postings.of(3)
    // Past its length the log was grouped by the read: everything is in the grouped run now.
    expect(recent).toEqual([])
    expect(grouped.length).toBe(Math.ceil((added - 3) / words))
    expect([...grouped.subarray(0, 3)]).toEqual([3, 100, 197])
    let total = 0
    for (let word = 0; word < words; word += 1) total += all(postings, word).length
    expect(total).toBe(added)
  })

  describe('grouped in steps', () => {
    // More postings than a step groups, over more words than postings per word.
    const ADDED = 200_000
    const WORDS = 4_001
    function filled(): Postings {
      const postings = new Postings()
      for (let index = 0; index < ADDED; index += 1) postings.add((index * 7) % WORDS, index)
      return postings
    }
    function sameAs(postings: Postings, twin: Postings, words: number): void {
      for (let word = 0; word < words; word += 1) expect(all(postings, word)).toEqual(all(twin, word))
    }
    /** Groups filled postings in steps, `meanwhile` changing them after the first step. */
    function groupedWhile(meanwhile: (postings: Postings) => void): {
      postings: Postings
      stepsLeft: number
      perWord: Int32Array | null
    } {
      const postings = filled()
      const grouping = postings.grouping()
      grouping.next()
      meanwhile(postings)
      let stepsLeft = 0
      let next = grouping.next()
      for (; next.done !== true; next = grouping.next()) stepsLeft += 1
      return { postings, stepsLeft, perWord: next.value }
    }

    it('groups as at once, over several steps, and keeps what was added between two steps', () => {
      const { postings, stepsLeft, perWord } = groupedWhile((meanwhile) => {
        meanwhile.add(3, -1)
        meanwhile.add(WORDS + 5, -2)
      })
      expect(stepsLeft).toBeGreaterThan(2)
      expect(perWord?.length).toBe(WORDS)
      const twin = filled()
      // The two added between steps wait in the log, after the word's grouped postings.
      const [grouped, recent] = postings.of(3)
      expect(recent).toEqual([-1])
      expect(grouped.length).toBe(all(twin, 3).length)
      twin.add(3, -1)
      twin.add(WORDS + 5, -2)
      sameAs(postings, twin, WORDS + 6)
    })

    it('gives way to a grouping done at once meanwhile, losing nothing', () => {
      const { postings, perWord } = groupedWhile((meanwhile) => {
        meanwhile.add(9, -1)
        meanwhile.group()
      })
      expect(perWord).toBeNull()
      const twin = filled()
      twin.add(9, -1)
      sameAs(postings, twin, WORDS)
    })
  })
})
