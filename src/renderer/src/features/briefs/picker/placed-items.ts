import type { Brief } from '@shared/entities'
import { libraryKey } from '../composer/library-map'

/**
 * The library items a brief holds, as one string of sorted keys. A string compares by value,
 * so the picker renders again only when an item comes or goes, not on every keystroke.
 */
export function placedKeys(brief: Brief): string {
  const keys: string[] = []
  for (const section of brief.sections) {
    for (const item of section.items) if (item.type === 'library') keys.push(libraryKey(item.kind, item.itemId))
  }
  return keys.sort().join('|')
}
