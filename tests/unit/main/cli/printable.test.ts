import { describe, expect, it } from 'vitest'
import { printable, printableJson } from '../../../../src/main/cli/printable'

describe('text made safe to print on a terminal', () => {
  it.each([
    ['a colour escape', 'HQ \u001b[31mred\u001b[0m', 'HQ red'],
    ['a window title change (OSC ... BEL)', '\u001b]0;pwned\u0007Ottawa', 'Ottawa'],
    ['a screen clear and cursor home', '\u001b[2J\u001b[HOttawa', 'Ottawa'],
    ['an 8-bit CSI (C1)', 'a\u009b31mb', 'a31mb'],
    ['a carriage return that would overwrite the line', 'ok\rFORGED', 'okFORGED'],
    ['a backspace and a bell', 'a\u0008b\u0007', 'ab'],
    ['a right-to-left override', 'report\u202etxt.exe', 'reporttxt.exe'],
    ['isolates and marks', '\u2066a\u2069\u200fb\u061c', 'ab'],
    ['DEL and NUL', 'a\u007fb\u0000c', 'abc']
  ])('removes %s', (_what, text, expected) => {
    expect(printable(text)).toBe(expected)
  })

  it('keeps newlines, tabs, accents and typographic quotes', () => {
    const text = 'Messages clés\n\t« Le Canada » – l’asile'
    expect(printable(text)).toBe(text)
  })

  it('writes JSON with every control character escaped, so nothing is lost and nothing is obeyed', () => {
    const value = { name: 'a\u001b[31m\u009b\u202eb' }
    const json = printableJson(value)
    // eslint-disable-next-line no-control-regex
    expect(json).not.toMatch(/[\u001b\u009b\u202e]/)
    expect(JSON.parse(json)).toEqual(value)
  })
})
