import { describe, expect, it, vi } from 'vitest'
import { InvertedIndex } from '../../../../src/main/core/search/inverted-index'
import { queryWords } from '../../../../src/main/core/search/tokenize'

describe('InvertedIndex answers kept for an accept key', () => {
  it('forgets the answer for a slot given to another document', () => {
    const index = new InvertedIndex<{ name: string }>([1])
    index.add('a', ['visa delays'], { name: 'refused' })
    index.add('b', ['visa backlog'], { name: 'kept' })
    const accept = vi.fn((meta: { name: string }) => meta.name !== 'refused')
    const names = (): string[] =>
      index.query(queryWords('visa'), { accept, acceptKey: 'rule', limit: 10 }).hits.map((hit) => hit.meta.name)
    expect(names()).toEqual(['kept'])

    // `a` goes, its slot is freed and given to `c`, which the rule accepts.
    index.remove('a')
    index.vacuum()
    index.add('c', ['visa refusals'], { name: 'new' })
    expect(names().sort()).toEqual(['kept', 'new'])
    expect(accept).toHaveBeenLastCalledWith({ name: 'new' })
  })
})
