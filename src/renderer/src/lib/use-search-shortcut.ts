import { useEffect, useEffectEvent } from 'react'

/** True when a key press is typing into a field, where "/" must stay a slash. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
}

/**
 * Ctrl+K (Command+K on a Mac), or "/" when not typing in a field, calls `onShortcut`, which
 * focuses the library's search. Ignored while a dialog is open: the dialog owns the keyboard.
 */
export function useSearchShortcut(onShortcut: () => void): void {
  const run = useEffectEvent(onShortcut)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const commandK =
        event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)
      if (!commandK && !slash) return
      event.preventDefault()
      run()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
