import type { Brief, Package, Partner } from '@shared/entities'
import type { MeetingRecord } from '@shared/records'

export type ListSubject = 'briefs' | 'packages' | 'partners' | 'records'

/** A plain table, one record per line, columns separated by two spaces. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return (
    rows
      .map((row) =>
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd()
      )
      .join('\n') + '\n'
  )
}

const english = (text: { en: string; fr: string }): string => text.en || text.fr

// Meeting dates are ISO (2027-02-17), in order as plain strings. localeCompare would load the
// locale's collation rules first: 12 ms of a `dossier list briefs` of some 110 (profiled).
const byMeetingDate = (a: { meeting: { date: string } }, b: { meeting: { date: string } }): number =>
  a.meeting.date < b.meeting.date ? -1 : a.meeting.date > b.meeting.date ? 1 : 0

/** Human-readable listing of briefs, packages or partners. */
export function formatList(subject: ListSubject, records: unknown[]): string {
  if (records.length === 0) return `No ${subject}.\n`
  if (subject === 'briefs') {
    const briefs = [...(records as Brief[])].sort(byMeetingDate)
    return table([
      ['ID', 'DATE', 'MARKING', 'TITLE'],
      ...briefs.map((b) => [b.id, b.meeting.date, b.marking, english(b.title)])
    ])
  }
  if (subject === 'packages') {
    const packages = records as Package[]
    return table([
      ['ID', 'FROM', 'TO', 'BRIEFS', 'NAME'],
      ...packages.map((p) => [p.id, p.startDate, p.endDate, String(p.briefIds.length), english(p.name)])
    ])
  }
  if (subject === 'records') {
    const meetings = [...(records as MeetingRecord[])].sort(byMeetingDate)
    return table([
      ['ID', 'DATE', 'OPEN COMMITMENTS', 'TITLE'],
      ...meetings.map((r) => [
        r.id,
        r.meeting.date,
        String(r.commitments.filter((c) => c.status === 'open').length),
        english(r.title)
      ])
    ])
  }
  const partners = records as Partner[]
  return table([['ID', 'KIND', 'NAME'], ...partners.map((p) => [p.id, p.kind, english(p.name)])])
}
