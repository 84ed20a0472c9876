import { describe, expect, it } from 'vitest'
import { describeConflict } from '../../../../src/main/cli/bundle-commands'

describe('a bundle preview on the command line', () => {
  it('says why an item is in conflict, with or without a version the two sides share', () => {
    expect(describeConflict({ kind: 'keyMessage', id: 'km-visas', commonVersion: 2 })).toBe(
      '  conflict: keyMessage km-visas (both sides changed since version 2)'
    )
    expect(describeConflict({ kind: 'partner', id: 'partner-chile' })).toBe(
      '  conflict: partner partner-chile (made on both sides separately, with no version in common)'
    )
  })
})
