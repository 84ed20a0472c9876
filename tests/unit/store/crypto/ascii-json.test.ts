import { describe, expect, it } from 'vitest'
import { asciiJsonBytes } from '../../../../src/main/store/crypto/ascii-json'

const roundTrip = (value: unknown): { bytes: Buffer; back: unknown } => {
  const bytes = asciiJsonBytes(JSON.stringify(value))
  return { bytes, back: JSON.parse(bytes.toString('utf8')) }
}

const isAscii = (bytes: Buffer): boolean => bytes.every((byte) => byte < 0x80)

describe('asciiJsonBytes', () => {
  it('leaves ASCII-only JSON exactly as JSON.stringify wrote it', () => {
    const json = JSON.stringify({ text: `<&>"' plain \\ text\n`, n: 3 })
    expect(asciiJsonBytes(json).toString('latin1')).toBe(json)
  })

  it('writes French, right-to-left and CJK text as escapes that parse back to the same value', () => {
    const value = {
      fr: 'Réponse à « l’irritant » — déjà vu, garçon, œuvre, Ÿ',
      rtl: 'محمد بن سلمان',
      cjk: '移民',
      edge: '\u0080\u07ff\u0800\uffff'
    }
    const { bytes, back } = roundTrip(value)
    expect(isAscii(bytes)).toBe(true)
    expect(back).toEqual(value)
    expect(bytes.toString('latin1')).toContain('R\\u00e9ponse')
  })

  it('writes a character past U+FFFF (an emoji) as its surrogate pair', () => {
    const { bytes, back } = roundTrip({ text: 'Merci 🇨🇦 👍🏽!' })
    expect(isAscii(bytes)).toBe(true)
    expect(back).toEqual({ text: 'Merci 🇨🇦 👍🏽!' })
    expect(bytes.toString('latin1')).toContain('\\ud83c\\udde8')
  })

  it('keeps a lone surrogate, which JSON.stringify has already escaped', () => {
    const { bytes, back } = roundTrip({ text: 'broken \ud800 half' })
    expect(isAscii(bytes)).toBe(true)
    expect(back).toEqual({ text: 'broken \ud800 half' })
  })

  it('handles non-ASCII at the very start and end of the text', () => {
    const json = JSON.stringify('é').slice(1, -1)
    expect(asciiJsonBytes(json).toString('latin1')).toBe('\\u00e9')
    expect(asciiJsonBytes(`é${json}é`).toString('latin1')).toBe('\\u00e9\\u00e9\\u00e9')
  })
})
