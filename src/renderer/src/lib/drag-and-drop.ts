import { useEffect, useRef, useState } from 'react'
import type { DOMAttributes, DragEvent, DragEventHandler, HTMLAttributes, RefObject } from 'react'
import { isTextDropItem, useDrop } from 'react-aria'

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
const operationFor = (type: DragType): 'copy' | 'move' => (type === DRAG_TYPES.libraryItem ? 'copy' : 'move')

// Set while one of Dossier's drags is on its way, until it ends: a drop anywhere but on a target
// of ours (a text field, say, which would take the dragged title as typed text) is refused.
function refuseStrayDrop(event: globalThis.DragEvent): void {
  event.preventDefault()
}

/**
 * Makes an element draggable with `data` (none when null), with the browser's own drag: only
 * drop targets (useDropTarget, react-aria's useDrop) read it, and they read native drags.
 * react-aria's useDrag is not used for the source: each one listens to every key and pointer
 * event of the window for its keyboard drag mode, which Dossier leaves off (keyboard and
 * screen-reader users move with the move buttons and Alt+arrows, and add with "Add", which say
 * where the item goes in words). With 152 items in an outline, those listeners ran at every
 * keystroke typed anywhere in the composer.
 */
export function useDragSource(data: DragData | null): { dragProps: HTMLAttributes<HTMLElement>; isDragging: boolean } {
  const [isDragging, setDragging] = useState(false)
  // True from this source's dragstart to its dragend, read where a render's value would be stale.
  const dragging = useRef(false)
  // A source removed while dragged (a card scrolled out of a long list) hears no dragend.
  useEffect(
    () => () => {
      if (dragging.current) window.removeEventListener('drop', refuseStrayDrop)
    },
    []
  )
  if (data === null) return { dragProps: {}, isDragging: false }
  const dragProps: HTMLAttributes<HTMLElement> = {
    draggable: true,
    onDragStart: (event) => {
      if (event.defaultPrevented) return
      // A card or an item inside another draggable is the one dragged, not its container.
      event.stopPropagation()
      const transfer = event.dataTransfer
      transfer.clearData()
      transfer.setData(data.type, data.value)
      transfer.setData('text/plain', data.label)
      transfer.effectAllowed = operationFor(data.type)
      window.addEventListener('drop', refuseStrayDrop, { once: true })
      dragging.current = true
      // Not in dragstart itself: Chromium cancels a drag whose source changes as it starts.
      requestAnimationFrame(() => setDragging(dragging.current))
    },
    onDragEnd: (event) => {
      event.stopPropagation()
      window.removeEventListener('drop', refuseStrayDrop)
      dragging.current = false
      setDragging(false)
    }
  }
  return { dragProps, isDragging }
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
