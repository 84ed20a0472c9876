import type { Brief, BriefItem, BriefSection, LibraryItem, LibraryKind } from '@shared/entities'

/** A fresh id in the contract's form (lowercase letters, digits, dashes), unique enough for one brief. */
export function newId(prefix: 'item' | 'sec'): string {
  return `${prefix}-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`
}

/** A library item as placed in a brief: following the library, at its current version. */
export function libraryBriefItem(kind: LibraryKind, item: LibraryItem, id = newId('item')): BriefItem {
  return { type: 'library', id, kind, itemId: item.id, placedVersion: item.version, override: null }
}

/** An empty free-text item. */
export function textBriefItem(id = newId('item')): BriefItem {
  return { type: 'text', id, text: { en: '', fr: '' } }
}

/** An empty section of the officer's own. */
export function customSection(title: BriefSection['title'], id = newId('sec')): BriefSection {
  return { id, kind: 'custom', title, items: [] }
}

const SECTION_FOR_KIND: Record<LibraryKind, BriefSection['kind']> = {
  keyMessage: 'key-messages',
  irritant: 'irritants',
  backgroundNote: 'background',
  partner: 'annexes'
}

/** The section an item of this kind goes to unless the officer picks another; the first section when none matches. */
export function defaultSectionId(brief: Brief, kind: LibraryKind): string | null {
  const wanted = SECTION_FOR_KIND[kind]
  return (brief.sections.find((section) => section.kind === wanted) ?? brief.sections[0])?.id ?? null
}
