import { describe, expect, it } from 'vitest'
import { idSchema } from '@shared/entities'
import { randomId, readableId } from '../../../../src/main/core/ids'

describe('readable ids', () => {
  it('folds accents and punctuation into a valid id', () => {
    const id = readableId('km', "L'économie régionale : œuvre & 2027!", () => false)
    expect(id).toBe('km-l-economie-regionale-oeuvre-2027')
    expect(idSchema.safeParse(id).success).toBe(true)
  })

  it('adds a number when the id is taken', () => {
    const taken = new Set(['km-visa', 'km-visa-2'])
    expect(readableId('km', 'Visa', (id) => taken.has(id))).toBe('km-visa-3')
  })

  it('stays valid for titles with no Latin letters, and for very long titles', () => {
    const arabic = readableId('partner', 'مصر', () => false)
    expect(arabic).toMatch(/^partner-[0-9a-f]{12}$/)
    const long = readableId('bg', 'word '.repeat(100), () => false)
    expect(long.length).toBeLessThanOrEqual(80)
    expect(idSchema.safeParse(long).success).toBe(true)
    expect(idSchema.safeParse(randomId('brief')).success).toBe(true)
  })
})
