import { describe, expect, it } from 'vitest'
import { excerpt, itemBody } from '@renderer/lib/item-text'
import { partner } from './fixtures'

describe('excerpt', () => {
  it('keeps a short text whole, with its spacing tidied', () => {
    expect(excerpt('  A close\n partner.  ')).toBe('A close partner.')
  })

  it('cuts a long text at a word and marks the cut', () => {
    const text = 'Canada maintains a balanced narrative on migration that recognizes its positive contributions.'
    const cut = excerpt(text, 40)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(41)
    expect(text.startsWith(cut.slice(0, -1))).toBe(true)
    expect(cut).toBe('Canada maintains a balanced narrative…')
  })
})

describe('itemBody', () => {
  it("gives a partner's summary", () => {
    expect(itemBody('partner', partner()).en).toContain('capacity building')
  })
})
