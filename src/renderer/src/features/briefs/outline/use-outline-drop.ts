import type { RefObject } from 'react'
import { DRAG_TYPES, useDropTarget } from '@renderer/lib/drag-and-drop'
import type { OutlineActions } from '../composer/outline-actions'

// The outline takes its own items (moved) and library cards from the picker (added).
const OUTLINE_TAKES = [DRAG_TYPES.briefItem, DRAG_TYPES.libraryItem] as const

/**
 * A drop target of the outline: an item (drops land before or after it) or, with `itemId`
 * null, a section's list (drops land at its end). `data-drop` draws the marker.
 */
export function useOutlineDrop(
  ref: RefObject<HTMLElement | null>,
  actions: OutlineActions,
  sectionId: string,
  itemId: string | null
) {
  const { dropProps, place } = useDropTarget({
    ref,
    accepts: OUTLINE_TAKES,
    placed: itemId !== null,
    onDrop: (dropped) => actions.drop(dropped, sectionId, itemId)
  })
  return { ...dropProps, 'data-drop': place ?? undefined }
}
