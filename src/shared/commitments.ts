import type { Brief } from './entities'
import type { Commitment, MeetingRecord } from './records'

// What was promised, read across records: where each commitment stands today, and each
// partner's meetings in order. Pure, so the main process (a new brief's "Previous meetings",
// the command line) and the window (the commitments screen, a partner's profile) agree.

/** Where a commitment stands: done, open, or open past its date. */
export type CommitmentState = 'open' | 'overdue' | 'done'

/** An open commitment whose date has passed is overdue; one without a date never is. */
export function commitmentState(commitment: Commitment, today: string): CommitmentState {
  if (commitment.status === 'done') return 'done'
  return commitment.due !== '' && commitment.due < today ? 'overdue' : 'open'
}

/** One commitment with the meeting it was made at. */
export interface CommitmentRow {
  recordId: string
  recordTitle: MeetingRecord['title']
  meetingDate: string
  partnerIds: string[]
  commitment: Commitment
  state: CommitmentState
}

const STATE_ORDER: Record<CommitmentState, number> = { overdue: 0, open: 1, done: 2 }

/**
 * Every commitment of the records, overdue first, then open, then done; within each, the
 * earliest date first (undated last), then the most recent meeting.
 */
export function commitmentRows(records: readonly MeetingRecord[], today: string): CommitmentRow[] {
  const rows = records.flatMap((record) =>
    record.commitments.map((commitment) => ({
      recordId: record.id,
      recordTitle: record.title,
      meetingDate: record.meeting.date,
      partnerIds: record.partnerIds,
      commitment,
      state: commitmentState(commitment, today)
    }))
  )
  return rows.sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      dueOrder(a.commitment.due, b.commitment.due) ||
      b.meetingDate.localeCompare(a.meetingDate)
  )
}

function dueOrder(a: string, b: string): number {
  if (a === b) return 0
  if (a === '') return 1
  if (b === '') return -1
  return a.localeCompare(b)
}

/** The records about a partner, the latest meeting first. */
export function recordsForPartner(records: readonly MeetingRecord[], partnerId: string): MeetingRecord[] {
  return records
    .filter((record) => record.partnerIds.includes(partnerId))
    .sort((a, b) => meetingOrder(b.meeting, a.meeting))
}

/** One meeting in a partner's timeline: a brief prepared for it, or a record written after it. */
export interface TimelineEntry {
  type: 'brief' | 'record'
  id: string
  title: MeetingRecord['title']
  date: string
  time: string
  /** The brief a record was written from, so the two can be shown together. */
  briefId: string | null
}

/** A partner's briefs and records, newest meeting first (a record before its brief on the same day). */
export function partnerTimeline(
  partnerId: string,
  briefs: readonly Brief[],
  records: readonly MeetingRecord[]
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...briefs
      .filter((brief) => brief.partnerIds.includes(partnerId))
      .map((brief) => ({
        type: 'brief' as const,
        id: brief.id,
        title: brief.title,
        date: brief.meeting.date,
        time: brief.meeting.time,
        briefId: brief.id
      })),
    ...records
      .filter((record) => record.partnerIds.includes(partnerId))
      .map((record) => ({
        type: 'record' as const,
        id: record.id,
        title: record.title,
        date: record.meeting.date,
        time: record.meeting.time,
        briefId: record.briefId
      }))
  ]
  return entries.sort((a, b) => meetingOrder(b, a) || (a.type === b.type ? 0 : a.type === 'record' ? -1 : 1))
}

function meetingOrder(a: { date: string; time: string }, b: { date: string; time: string }): number {
  return a.date.localeCompare(b.date) || a.time.localeCompare(b.time)
}
