import type { z } from 'zod'
import { libraryRefInput } from '@shared/library-inputs'
import type { LibraryHit } from '@shared/operations'
import { DRAG_TYPES } from '@renderer/lib/drag-and-drop'
import type { DragData } from '@renderer/lib/drag-and-drop'

type LibraryRef = z.infer<typeof libraryRefInput>

/** A picker card's drag: a reference to the library item, never the item itself (the drop reads it fresh). */
export function libraryDragData(hit: LibraryHit, label: string): DragData {
  return { type: DRAG_TYPES.libraryItem, value: JSON.stringify({ kind: hit.kind, id: hit.item.id }), label }
}

/**
 * The library item a drop names, or null when the data is not such a reference: another program
 * can drop anything under any type, so the value is parsed, never trusted.
 */
export function readLibraryDrag(value: string): LibraryRef | null {
  try {
    const parsed = libraryRefInput.safeParse(JSON.parse(value))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
