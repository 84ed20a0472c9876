import { useEffect, useRef } from 'react'
import type { KeyboardEvent, RefObject, SyntheticEvent } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

interface ModalDialog<T extends HTMLElement> {
  dialogRef: RefObject<HTMLDialogElement | null>
  /**
   * Focus lands here when the dialog opens: its title, so screen readers announce it, or the
   * safe choice of a question (Cancel), or the option already chosen.
   */
  initialFocusRef: RefObject<T | null>
  /** Escape: the parent decides, so the dialog closes through React like any other way. */
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void
  /** Keeps Tab and Shift+Tab inside the dialog instead of escaping to the browser's own controls. */
  onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => void
}

/**
 * Every modal <dialog> of the app (export, add to a section, the confirmations): opened on
 * mount, the page behind inert, focus on `initialFocusRef`, Tab cycling inside it, Escape asking
 * to close, and focus back on what opened it on unmount (when that is still there).
 */
export function useModalDialog<T extends HTMLElement = HTMLHeadingElement>(onClose: () => void): ModalDialog<T> {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const initialFocusRef = useRef<T>(null)

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    initialFocusRef.current?.focus()
    return () => {
      dialog?.close()
      // The opener may be gone (the item was deleted); the next view then places focus itself.
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return
    const dialog = dialogRef.current
    if (!dialog) return
    // An unchecked radio is not a Tab stop: the group is entered at its checked option.
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) =>
        element.offsetParent !== null &&
        !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked)
    )
    const first = focusable[0]
    const last = focusable.at(-1)
    if (!first || !last) return
    const active = document.activeElement
    if (event.shiftKey && (active === first || !dialog.contains(active) || active === initialFocusRef.current)) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && active === last) {
      event.preventDefault()
      first.focus()
    }
  }

  return { dialogRef, initialFocusRef, onCancel, onKeyDown }
}
