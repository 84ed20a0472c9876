// The main process names backups by the moment they were made, in a file-safe form of an ISO
// timestamp (2026-11-26T06-50-01-123Z). People read it better as local date and time.
const FILE_STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/

/** A file-safe timestamp as local "YYYY-MM-DD HH:MM"; anything else is returned unchanged. */
export function readableStamp(stamp: string): string {
  const match = FILE_STAMP.exec(stamp)
  if (!match) return stamp
  const [, day, hours, minutes, seconds, millis] = match
  const moment = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
  if (Number.isNaN(moment.getTime())) return stamp
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`
}
