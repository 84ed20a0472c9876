import type { MeetingRecord } from '@shared/records'
import type { ProblemMap } from '@renderer/lib/field-problems'

/** What every part of the record form receives: the record, how to change it, its problems. */
export interface RecordFieldsProps {
  record: MeetingRecord
  change: (update: (current: MeetingRecord) => MeetingRecord) => void
  problems: ProblemMap
}

/** A new id for a row added in the window, in the form ids take (lowercase, digits, dashes). */
export function newRowId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`
}
