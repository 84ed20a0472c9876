import { useEffect, useId, useRef } from 'react'
import type { SyntheticEvent } from 'react'

interface Props {
  title: string
  message: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
}

/**
 * Asks before something that cannot simply be taken back. Rendered only while asking: a
 * modal <dialog> (the rest of the page inert), focus on Cancel, the safe choice; Escape
 * cancels; on closing, focus returns to whatever opened it.
 */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel, busy }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const messageId = useId()

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = dialogRef.current
    dialog?.showModal()
    cancelRef.current?.focus()
    return () => {
      dialog?.close()
      // The opener may be gone (the item was deleted); the next view then places focus itself.
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  // Escape fires "cancel"; the parent decides, so the dialog closes through React like any other way.
  const onDialogCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    onCancel()
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={onDialogCancel}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <p id={messageId}>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
