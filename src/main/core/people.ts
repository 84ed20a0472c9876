import type { Settings } from '@shared/entities'

// What history and exchange files say when nobody has given a name yet. It is a record, written
// once and read by anyone, so it stays one fixed string rather than following the interface language.
const UNNAMED = 'Unnamed user'

/** The name history entries and imports carry: the one in the settings, or the fixed "Unnamed user". */
export function authorName(settings: Settings): string {
  return settings.author.trim() || UNNAMED
}

/**
 * Who a bundle says published it. A signed bundle names the office through its signature, so the
 * person's name is enough; an unsigned one adds the office, the only word on where it came from.
 */
export function publisherName(settings: Settings, signed: boolean): string {
  const office = settings.office.trim()
  const name = settings.author.trim()
  if (signed || office === '') return authorName(settings)
  return name === '' ? office : `${name}, ${office}`
}
