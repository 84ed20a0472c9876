import type { DragEvent } from 'react'
import type { OutlineActions } from '../composer/outline-actions'
import { currentDrag, endDrag } from './drag-payload'

// The drop marker is set on the element directly: a drag fires dragover many times a second,
// and none of it needs React to render.
const clear = (element: HTMLElement) => element.removeAttribute('data-drop')

function isAfter(event: DragEvent<HTMLElement>, itemId: string | null): boolean {
  if (itemId === null) return true
  const box = event.currentTarget.getBoundingClientRect()
  return event.clientY > box.top + box.height / 2
}

/** Drop handlers for an outline item (before or after it) or a section's list (`itemId` null: at its end). */
export function dropHandlers(actions: OutlineActions, sectionId: string, itemId: string | null) {
  return {
    onDragOver: (event: DragEvent<HTMLElement>) => {
      const payload = currentDrag()
      if (!payload) return
      event.preventDefault()
      event.stopPropagation()
      event.dataTransfer.dropEffect = payload.type === 'library' ? 'copy' : 'move'
      event.currentTarget.setAttribute('data-drop', isAfter(event, itemId) ? 'after' : 'before')
    },
    onDragLeave: (event: DragEvent<HTMLElement>) => clear(event.currentTarget),
    onDrop: (event: DragEvent<HTMLElement>) => {
      const payload = currentDrag()
      clear(event.currentTarget)
      if (!payload) return
      event.preventDefault()
      event.stopPropagation()
      endDrag()
      actions.drop(payload, sectionId, itemId, isAfter(event, itemId))
    }
  }
}
