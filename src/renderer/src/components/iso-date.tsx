/** A calendar date, shown in the app's one date format (YYYY-MM-DD) and machine-readable. */
export function IsoDate({ value }: { value: string }) {
  return <time dateTime={value}>{value}</time>
}
