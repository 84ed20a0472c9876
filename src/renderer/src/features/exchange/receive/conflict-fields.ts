import type { LibraryItem, LibraryKind } from '@shared/entities'
import type { Language } from '@shared/languages'
import type { ValueNames } from '@renderer/lib/version-fields'
import { versionFields } from '@renderer/lib/version-fields'
import type { DiffPart } from '@renderer/lib/word-diff'
import { hasChanges, wordDiff } from '@renderer/lib/word-diff'

/** One field of a conflict, each side with the words the other side lacks marked as changed. */
export type ConflictField = {
  id: string
  labelKey: string
  differs: boolean
} & (
  | { shape: 'text'; mine: Record<Language, DiffPart[]>; theirs: Record<Language, DiffPart[]> }
  | { shape: 'value'; mine: DiffPart[]; theirs: DiffPart[] }
)

/** The fields that name an item and carry its text: shown even when both sides agree on them. */
const ALWAYS_SHOWN = new Set(['name', 'summary', 'title', 'text', 'body', 'context'])

// From one diff, each side keeps the shared words and its own: mine drops what theirs added, and
// theirs drops what mine had that it removed.
const sides = (parts: DiffPart[]) => ({
  mine: parts.filter((part) => part.change !== 'added'),
  theirs: parts.filter((part) => part.change !== 'removed')
})

/**
 * The fields to compare for a conflict: the title and main text always, and every other field
 * (status, topics, marking…) that differs, in the order the history view uses.
 */
export function conflictFields(
  kind: LibraryKind,
  mine: LibraryItem,
  theirs: LibraryItem,
  names: ValueNames
): ConflictField[] {
  const before = versionFields(kind, mine, names)
  const after = versionFields(kind, theirs, names)
  const fields: ConflictField[] = []
  before.forEach((field, index) => {
    const other = after[index]
    if (!other) return
    if ('text' in field && 'text' in other) {
      const enParts = wordDiff(field.text.en, other.text.en)
      const frParts = wordDiff(field.text.fr, other.text.fr)
      const differs = hasChanges(enParts) || hasChanges(frParts)
      const [en, fr] = [sides(enParts), sides(frParts)]
      if (!differs && !ALWAYS_SHOWN.has(field.id)) return
      fields.push({
        id: field.id,
        labelKey: field.labelKey,
        differs,
        shape: 'text',
        mine: { en: en.mine, fr: fr.mine },
        theirs: { en: en.theirs, fr: fr.theirs }
      })
    } else if ('value' in field && 'value' in other) {
      const parts = wordDiff(field.value, other.value)
      const differs = hasChanges(parts)
      if (!differs && !ALWAYS_SHOWN.has(field.id)) return
      fields.push({ id: field.id, labelKey: field.labelKey, differs, shape: 'value', ...sides(parts) })
    }
  })
  return fields
}
