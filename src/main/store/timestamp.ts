/** A moment as a name safe on every file system and sortable as text: 2026-11-26T06-50-01-123Z. */
export function fileStamp(moment: Date): string {
  return moment.toISOString().replace(/[:.]/g, '-')
}

/** The moment a fileStamp names (the inverse of fileStamp): 2026-11-26T06-50-01-123Z -> that UTC instant. */
export function stampMoment(stamp: string): Date {
  const [date = '', time = ''] = stamp.split('T')
  const [hours, minutes, seconds, millis] = time.replace('Z', '').split('-')
  return new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`)
}

/** Matches names made by fileStamp, optionally followed by -N when the same moment was taken twice. */
export const FILE_STAMP_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?$/

/** Orders stamped names oldest first, treating a -N suffix as a number (so -10 comes after -9). */
export function compareStamped(a: string, b: string): number {
  const [, baseA = a, countA = '0'] = FILE_STAMP_PATTERN.exec(a) ?? []
  const [, baseB = b, countB = '0'] = FILE_STAMP_PATTERN.exec(b) ?? []
  if (baseA !== baseB) return baseA < baseB ? -1 : 1
  return Number(countA) - Number(countB)
}
