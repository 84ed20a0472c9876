import type { DragEvent } from 'react'
import type { Brief, LibraryItem, LibraryKind } from '@shared/entities'
import { findItem } from './outline-ops'

/** What is being dragged: an item of the outline, or a library item from the picker. */
export type DragPayload =
  { type: 'brief-item'; itemId: string } | { type: 'library'; kind: LibraryKind; item: LibraryItem }

// Native drag and drop carries only strings, and reading them is not allowed until the drop;
// the payload itself stays here, in the page, for the length of one drag.
let current: DragPayload | null = null

/** Starts a drag: keeps the payload, and gives other apps a plain-text version. */
export function startDrag(event: DragEvent, payload: DragPayload, label: string): void {
  current = payload
  event.dataTransfer.setData('text/plain', label)
  event.dataTransfer.effectAllowed = payload.type === 'library' ? 'copy' : 'move'
}

/** The payload of the drag in progress, if it started in this page. */
export function currentDrag(): DragPayload | null {
  return current
}

export function endDrag(): void {
  current = null
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
  const sectionIndex = brief.sections.indexOf(section)
  if (moving && moving.sectionIndex === sectionIndex && moving.itemIndex < index) index -= 1
  return index
}
