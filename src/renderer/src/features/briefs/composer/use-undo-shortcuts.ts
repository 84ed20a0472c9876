import { useEffect, useEffectEvent } from 'react'
import { isTextField } from './focus'

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes outline changes (Command on a Mac), except
 * in a text field, where they belong to the field's own typing. Ignored while a dialog is open.
 */
export function useUndoShortcuts(onUndo: () => void, onRedo: () => void): void {
  const undo = useEffectEvent(onUndo)
  const redo = useEffectEvent(onRedo)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return
      if (isTextField(event.target) || document.querySelector('dialog[open]')) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        undo()
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault()
        redo()
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
