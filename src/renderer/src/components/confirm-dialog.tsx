import { useId } from 'react'
import { useModalDialog } from '@renderer/lib/use-modal-dialog'

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
  const {
    dialogRef,
    initialFocusRef,
    onCancel: onDialogCancel,
    onKeyDown
  } = useModalDialog<HTMLButtonElement>(onCancel)
  const titleId = useId()
  const messageId = useId()

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={onDialogCancel}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <p id={messageId}>{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" ref={initialFocusRef} onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
