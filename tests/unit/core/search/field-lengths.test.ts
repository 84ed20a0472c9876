import { describe, expect, it } from 'vitest'
import { FieldLengths } from '../../../../src/main/core/search/field-lengths'

describe('FieldLengths', () => {
  it('keeps each slot and field apart, growing for slots far past its first size', () => {
    const lengths = new FieldLengths(3)
    lengths.set(0, 0, 7)
    lengths.set(0, 2, 9)
    lengths.set(5000, 1, 4)
    expect([lengths.get(0, 0), lengths.get(0, 1), lengths.get(0, 2)]).toEqual([7, 0, 9])
    expect(lengths.get(5000, 1)).toBe(4)
    expect(lengths.get(5000, 0)).toBe(0)
    // Never written: none, even past the end or for a field there is not.
    expect(lengths.get(99_999, 1)).toBe(0)
    expect(lengths.get(0, 3)).toBe(0)
    expect(lengths.columns()[1]?.[5000]).toBe(4)
  })

  it('gives and reads back the lengths slot by slot, as a saved index holds them', () => {
    const lengths = new FieldLengths(2)
    lengths.set(0, 1, 3)
    lengths.set(2, 0, 5)
    const bySlot = lengths.bySlot(3)
    expect([...bySlot]).toEqual([0, 3, 0, 0, 5, 0])
    const read = FieldLengths.fromSlots(2, bySlot)
    expect([read.get(0, 1), read.get(2, 0), read.get(1, 0)]).toEqual([3, 5, 0])
    expect([...read.bySlot(3)]).toEqual([...bySlot])
  })
})
