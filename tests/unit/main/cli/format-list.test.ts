import { describe, expect, it } from 'vitest'
import { formatList } from '../../../../src/main/cli/format-list'

// `dossier list` prints one line per record, in the order of their meetings.

const dated = (id: string, date: string, title: string) => ({
  id,
  meeting: { date },
  marking: 'PROTECTED A',
  title: { en: title, fr: '' },
  commitments: [{ status: 'open' }, { status: 'done' }]
})

describe('formatList', () => {
  it('lists briefs and records by meeting date, earliest first, in aligned columns', () => {
    const records = [
      dated('brief-c', '2027-03-16', 'M5 officials'),
      dated('brief-a', '2026-12-31', 'Year end'),
      dated('brief-b', '2027-02-17', 'Mexico')
    ]
    expect(formatList('briefs', records)).toBe(
      [
        'ID       DATE        MARKING      TITLE',
        'brief-a  2026-12-31  PROTECTED A  Year end',
        'brief-b  2027-02-17  PROTECTED A  Mexico',
        'brief-c  2027-03-16  PROTECTED A  M5 officials',
        ''
      ].join('\n')
    )
    const ids = formatList('records', records)
      .split('\n')
      .slice(1, 4)
      .map((line) => line.split(' ')[0])
    expect(ids).toEqual(['brief-a', 'brief-b', 'brief-c'])
    expect(formatList('records', records)).toContain('brief-a  2026-12-31  1                 Year end')
  })
})
