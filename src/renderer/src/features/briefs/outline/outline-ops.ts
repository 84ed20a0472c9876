import type { Brief, BriefItem, BriefSection, Irritant, IrritantRows } from '@shared/entities'
import { withoutOwnTexts, withRow } from '@shared/irritant-rows'
import type { RowLine } from '@shared/irritant-rows'
import type { BilingualText } from '@shared/languages'

type LibraryBriefItem = Extract<BriefItem, { type: 'library' }>

// The outline's edits as pure functions of a brief: each returns a new brief and leaves the
// untouched sections and items as they were (same objects), so memoized rows skip re-rendering.

/** Where an item sits: its section's index and its own index in that section. */
export interface ItemPlace {
  sectionIndex: number
  itemIndex: number
}

/** Finds an item by id; null when the brief does not hold it. */
export function findItem(brief: Brief, itemId: string): ItemPlace | null {
  for (let sectionIndex = 0; sectionIndex < brief.sections.length; sectionIndex++) {
    const itemIndex = brief.sections[sectionIndex]?.items.findIndex((item) => item.id === itemId) ?? -1
    if (itemIndex !== -1) return { sectionIndex, itemIndex }
  }
  return null
}

/**
 * The index to move an item to when dropped before or after `targetItemId`, counted as
 * moveItem counts it (without the moved item). Undefined drops at the end of the section.
 */
export function dropIndex(
  brief: Brief,
  sectionId: string,
  targetItemId: string | null,
  after: boolean,
  movingItemId: string | null
): number | undefined {
  if (targetItemId === null) return undefined
  const section = brief.sections.find((each) => each.id === sectionId)
  const target = section?.items.findIndex((item) => item.id === targetItemId) ?? -1
  if (!section || target === -1) return undefined
  let index = after ? target + 1 : target
  const moving = movingItemId ? findItem(brief, movingItemId) : null
  if (moving && moving.sectionIndex === brief.sections.indexOf(section) && moving.itemIndex < index) index -= 1
  return index
}

function withSections(brief: Brief, sections: BriefSection[]): Brief {
  return { ...brief, sections }
}

function mapSection(brief: Brief, sectionId: string, change: (section: BriefSection) => BriefSection): Brief {
  return withSections(
    brief,
    brief.sections.map((section) => (section.id === sectionId ? change(section) : section))
  )
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined) return length
  return Math.min(Math.max(index, 0), length)
}

/** Puts an item into a section, at `index` (the end when not given). */
export function addItem(brief: Brief, sectionId: string, item: BriefItem, index?: number): Brief {
  return mapSection(brief, sectionId, (section) => {
    const items = [...section.items]
    items.splice(clampIndex(index, items.length), 0, item)
    return { ...section, items }
  })
}

/** Takes an item out of the brief. */
export function removeItem(brief: Brief, itemId: string): Brief {
  const place = findItem(brief, itemId)
  if (!place) return brief
  const section = brief.sections[place.sectionIndex]
  if (!section) return brief
  return mapSection(brief, section.id, (each) => ({ ...each, items: each.items.filter((item) => item.id !== itemId) }))
}

/**
 * Moves an item to a section, before the item now at `index` in that section (counted without
 * the moved item), or to the end.
 */
export function moveItem(brief: Brief, itemId: string, toSectionId: string, index?: number): Brief {
  const place = findItem(brief, itemId)
  const item = place ? brief.sections[place.sectionIndex]?.items[place.itemIndex] : undefined
  if (!item || !brief.sections.some((section) => section.id === toSectionId)) return brief
  return addItem(removeItem(brief, itemId), toSectionId, item, index)
}

/**
 * One step up or down. At the top or bottom of a section the item crosses into the section
 * before or after (to its end or start), so the keyboard alone can reach every place.
 */
export function moveItemBy(brief: Brief, itemId: string, delta: -1 | 1): Brief {
  const place = findItem(brief, itemId)
  if (!place) return brief
  const section = brief.sections[place.sectionIndex]
  if (!section) return brief
  const target = place.itemIndex + delta
  if (target >= 0 && target < section.items.length) return moveItem(brief, itemId, section.id, target)
  const neighbour = brief.sections[place.sectionIndex + delta]
  if (!neighbour) return brief
  return moveItem(brief, itemId, neighbour.id, delta === -1 ? neighbour.items.length : 0)
}

/** Changes one item, found by id. */
export function updateItem(brief: Brief, itemId: string, change: (item: BriefItem) => BriefItem): Brief {
  const place = findItem(brief, itemId)
  const section = place ? brief.sections[place.sectionIndex] : undefined
  if (!section) return brief
  return mapSection(brief, section.id, (each) => ({
    ...each,
    items: each.items.map((item) => (item.id === itemId ? change(item) : item))
  }))
}

/** The brief's own copy of a library item's text; null goes back to following the library. */
export function setOverride(brief: Brief, itemId: string, override: BilingualText | null): Brief {
  return updateItem(brief, itemId, (item) => (item.type === 'library' ? { ...item, override } : item))
}

/**
 * One row of a placed irritant changed: its own text (null follows the library again), or, for
 * a line, whether it is in the brief; `includedByDefault` is whether the brief shows the line
 * untouched (irritant-rows.ts).
 */
export function setIrritantRow(
  brief: Brief,
  itemId: string,
  lineId: RowLine,
  change: { override?: BilingualText | null; included?: boolean },
  includedByDefault: boolean
): Brief {
  return updateItem(brief, itemId, (item) => {
    if (item.type !== 'library' || item.kind !== 'irritant') return item
    return withRows(item, withRow(item.rows, lineId, change, includedByDefault))
  })
}

function withRows(item: LibraryBriefItem, rows: IrritantRows | undefined): LibraryBriefItem {
  const { rows: _previous, ...rest } = item
  return rows ? { ...rest, rows } : rest
}

/**
 * Takes the library's current text: the copy is up to date again and carries no edit. An
 * irritant keeps the officer's choice of lines; `irritant` is the library's, to tell which
 * lines are back to their default.
 */
export function takeLibraryText(
  brief: Brief,
  itemId: string,
  version: number,
  irritant: Irritant | null = null
): Brief {
  return updateItem(brief, itemId, (item) => {
    if (item.type !== 'library') return item
    const taken = { ...item, placedVersion: version, override: null }
    return item.kind === 'irritant' ? withRows(taken, withoutOwnTexts(item.rows, brief.partnerIds, irritant)) : taken
  })
}

/** The text of a free-text item. */
export function setText(brief: Brief, itemId: string, text: BilingualText): Brief {
  return updateItem(brief, itemId, (item) => (item.type === 'text' ? { ...item, text } : item))
}

/** Adds an empty section of the officer's own, at `index` (the end when not given). */
export function addSection(brief: Brief, section: BriefSection, index?: number): Brief {
  const sections = [...brief.sections]
  sections.splice(clampIndex(index, sections.length), 0, section)
  return withSections(brief, sections)
}

/** Gives a section a new title, in both languages. */
export function renameSection(brief: Brief, sectionId: string, title: BilingualText): Brief {
  return mapSection(brief, sectionId, (section) => ({ ...section, title }))
}

/** Takes a section out, with its items (undo puts both back). */
export function removeSection(brief: Brief, sectionId: string): Brief {
  return withSections(
    brief,
    brief.sections.filter((section) => section.id !== sectionId)
  )
}

/** Moves a section one step up or down. */
export function moveSectionBy(brief: Brief, sectionId: string, delta: -1 | 1): Brief {
  const from = brief.sections.findIndex((section) => section.id === sectionId)
  const to = from + delta
  if (from === -1 || to < 0 || to >= brief.sections.length) return brief
  const sections = [...brief.sections]
  const [moved] = sections.splice(from, 1)
  if (moved) sections.splice(to, 0, moved)
  return withSections(brief, sections)
}

/** How many items the brief holds in all. */
export function itemCount(brief: Brief): number {
  return brief.sections.reduce((sum, section) => sum + section.items.length, 0)
}
