import type { LibraryItem, LibraryKind } from '@shared/entities'

/** An item without its history: what one version holds. */
export function contentOf<T extends LibraryItem>(item: T): Omit<T, 'history'> {
  const { history: _history, ...content } = item
  return content
}

// Fields that change on every save whatever the user did; comparing content ignores them.
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'history', 'id'])

/** True when two versions differ in anything the user wrote or chose. */
export function contentChanged(before: object, after: object): boolean {
  const strip = (value: object): string =>
    JSON.stringify(
      Object.entries(value)
        .filter(([key]) => !BOOKKEEPING.has(key))
        .sort(([a], [b]) => a.localeCompare(b))
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
