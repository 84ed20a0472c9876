import { useState } from 'react'
import type { DOMAttributes, DragEvent, DragEventHandler, RefObject } from 'react'
import { isTextDropItem, useDrag, useDrop } from 'react-aria'
import type { DropOperation } from 'react-aria'

/**
 * What Dossier drags, each under a data type of its own: while a drag is over a target only
 * the types can be read, not the data, and a target must know at once whether it takes the drag.
 */
export const DRAG_TYPES = {
  libraryItem: 'application/x-dossier-library-item',
  briefItem: 'application/x-dossier-brief-item',
  packageBrief: 'application/x-dossier-package-brief'
} as const

export type DragType = (typeof DRAG_TYPES)[keyof typeof DRAG_TYPES]

/** One dragged thing: its type, its value (an id, or a small JSON reference), and a name other apps may show. */
export interface DragData {
  type: DragType
  value: string
  label: string
}

/** Where a drop lands against the target: in front of it, or behind it (a list's own end is always behind). */
export type DropPlace = 'before' | 'after'

export interface Dropped {
  type: DragType
  value: string
  place: DropPlace
}

// Adding from the library copies it into the brief; everything else moves within its list.
const operationFor = (type: DragType): DropOperation => (type === DRAG_TYPES.libraryItem ? 'copy' : 'move')

/**
 * Makes an element draggable with `data` (none when null). react-aria's keyboard drag mode stays
 * off (`hasDragButton` with no button): keyboard and screen-reader users move with the move
 * buttons and Alt+arrows, and add with "Add", which say where the item goes in words.
 */
export function useDragSource(data: DragData | null): { dragProps: DOMAttributes<HTMLElement>; isDragging: boolean } {
  const { dragProps, isDragging } = useDrag({
    isDisabled: data === null,
    hasDragButton: true,
    getItems: () => (data ? [{ [data.type]: data.value, 'text/plain': data.label }] : []),
    getAllowedDropOperations: () => (data ? [operationFor(data.type)] : [])
  })
  return { dragProps: data ? dragProps : {}, isDragging }
}

interface DropTargetOptions {
  ref: RefObject<HTMLElement | null>
  /** The drag types this target takes; any other drag (a file from the desktop, text) is refused. */
  accepts: readonly DragType[]
  /** True for an item of a list (drops land before or after it by the pointer's height); false for a list's end. */
  placed: boolean
  onDrop: (dropped: Dropped) => void
}

/**
 * Makes an element a drop target for some of Dossier's drag types. `place` says where the drop
 * would land while a drag is over the target (for a marker), null otherwise.
 */
export function useDropTarget({ ref, accepts, placed, onDrop }: DropTargetOptions): {
  dropProps: DOMAttributes<HTMLElement>
  place: DropPlace | null
} {
  const [place, setPlace] = useState<DropPlace | null>(null)
  const placeAt = (y: number): DropPlace => {
    if (!placed) return 'after'
    const height = ref.current?.getBoundingClientRect().height ?? 0
    return y > height / 2 ? 'after' : 'before'
  }
  const { dropProps } = useDrop({
    ref,
    hasDropButton: true,
    getDropOperation: (types, allowed) => {
      const type = accepts.find((each) => types.has(each))
      const wanted = type ? operationFor(type) : 'cancel'
      return allowed.includes(wanted) ? wanted : 'cancel'
    },
    onDropEnter: (event) => setPlace(placeAt(event.y)),
    onDropMove: (event) => setPlace(placeAt(event.y)),
    onDropExit: () => setPlace(null),
    onDrop: (event) => {
      const at = placeAt(event.y)
      setPlace(null)
      const item = event.items.find(isTextDropItem)
      const type = item && accepts.find((each) => item.types.has(each))
      if (!item || !type) return
      void item.getText(type).then((value) => onDrop({ type, value, place: at }))
    }
  })
  // Drags that are not Dossier's (text chosen on the page, a file) pass through untouched, so a
  // text field inside a target still takes dropped text as the browser would.
  const ours = (event: DragEvent<HTMLElement>) => accepts.some((type) => event.dataTransfer.types.includes(type))
  const onlyOurs =
    (handler: DragEventHandler<HTMLElement> | undefined): DragEventHandler<HTMLElement> =>
    (event) => {
      if (ours(event)) handler?.(event)
    }
  return {
    dropProps: {
      onDragEnter: onlyOurs(dropProps.onDragEnter),
      onDragOver: onlyOurs(dropProps.onDragOver),
      onDragLeave: onlyOurs(dropProps.onDragLeave),
      onDrop: onlyOurs(dropProps.onDrop)
    },
    place
  }
}
