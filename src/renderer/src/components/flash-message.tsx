import { useState } from 'react'
import type { Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'

/** A short message after an action (saved, deleted), with an Undo when the action can be undone. */
export interface Flash {
  text: string
  undo?: { label: string; run: () => Promise<void> }
}

interface Props {
  flash: Flash | null
  onDismiss: () => void
  ref: Ref<HTMLDivElement>
}

/**
 * What just happened ("Deleted…", "Saved."), above the view, with Undo when it can be undone.
 * The status region stays in the page so each new message is announced; the message itself
 * takes focus, so the Undo button is the next stop for keyboard users.
 */
export function FlashMessage({ flash, onDismiss, ref }: Props) {
  const { t } = useTranslation()
  const [undoing, setUndoing] = useState(false)
  const undo = async () => {
    if (!flash?.undo) return
    setUndoing(true)
    await flash.undo.run()
    setUndoing(false)
  }
  return (
    <div className="flash-region" role="status">
      {flash && (
        <div className="flash" tabIndex={-1} ref={ref} data-testid="flash">
          <p className="flash-text">{flash.text}</p>
          <div className="flash-actions">
            {flash.undo && (
              <button type="button" className="button" disabled={undoing} onClick={() => void undo()}>
                {flash.undo.label}
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={onDismiss}>
              {t('library.dismiss')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
