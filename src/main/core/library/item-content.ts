import type { LibraryItem, LibraryKind } from '@shared/entities'

/**
 * An item without its history: what one version holds. The history is never read, so one the
 * store has not parsed yet (see store/lazy-history.ts) stays unparsed.
 */
export function contentOf<T extends LibraryItem>(item: T): Omit<T, 'history'> {
  const content: Record<string, unknown> = {}
  for (const key of Object.keys(item)) if (key !== 'history') content[key] = item[key as keyof T]
  return content as Omit<T, 'history'>
}

// Fields that change on every save whatever the user did; comparing content ignores them.
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'history', 'id'])

/** True when two versions differ in anything the user wrote or chose. */
export function contentChanged(before: object, after: object): boolean {
  // By key first, so a history the store has not parsed yet is not parsed to be left out.
  const strip = (value: object): string =>
    JSON.stringify(
      Object.keys(value)
        .filter((key) => !BOOKKEEPING.has(key))
        .sort((a, b) => a.localeCompare(b))
        .map((key) => [key, (value as Record<string, unknown>)[key]])
    )
  return strip(before) !== strip(after)
}

/** The prefix of readable ids for each kind. */
export const ID_PREFIX: Record<LibraryKind, string> = {
  partner: 'partner',
  keyMessage: 'km',
  irritant: 'irritant',
  backgroundNote: 'bg'
}

/** How each kind is named in messages. */
export const KIND_WORDS: Record<LibraryKind, string> = {
  partner: 'partner',
  keyMessage: 'key message',
  irritant: 'irritant',
  backgroundNote: 'background note'
}
