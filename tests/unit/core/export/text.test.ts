import { describe, expect, it } from 'vitest'
import { cleanText } from '../../../../src/main/core/export/clean-text'
import { calendarDate, meetingDate, timeOfDay } from '../../../../src/main/core/export/format-date'

// The small rules every exported text goes through.

describe('cleaning text for XML', () => {
  it('keeps tabs, newlines and every printable character, and drops the rest', () => {
    expect(cleanText('a\tb\nc 🇨🇦 é مريم')).toBe('a\tb\nc 🇨🇦 é مريم')
    expect(cleanText('x\u0000y\u0008z\u001B\uFFFF!')).toBe('xyz!')
    expect(cleanText('lone \uD800 surrogate \uDC00 halves')).toBe('lone  surrogate  halves')
  })

  it('turns Windows line ends, vertical tabs and form feeds into newlines', () => {
    expect(cleanText('a\r\nb\rc\u000Bd\u000Ce')).toBe('a\nb\nc\nd\n\ne')
  })
})

describe('dates and times in words', () => {
  it('writes meeting dates as each language does', () => {
    expect(meetingDate('2027-02-17', 'en')).toBe('Wednesday, February 17, 2027')
    expect(meetingDate('2027-02-17', 'fr')).toBe('mercredi 17 février 2027')
    expect(calendarDate('2027-03-01', 'fr')).toBe('1er mars 2027')
  })

  it('writes times as each language does, and says when one is to be confirmed', () => {
    expect(timeOfDay('09:05', 'en')).toBe('09:05')
    expect(timeOfDay('09:05', 'fr')).toBe('9\u00A0h\u00A005')
    expect(timeOfDay('', 'fr')).toBe('À confirmer')
  })
})
