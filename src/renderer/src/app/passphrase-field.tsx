import type { ReactNode, RefObject } from 'react'

interface Props {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  /** Shown as typed: the set-up screen's choice, for a long passphrase typed on a small keyboard. */
  visible?: boolean
  autoComplete: 'new-password' | 'current-password'
  /** What is wrong with it, in words; the field is then marked invalid and the words read with it. */
  error?: string | null
  /** Further text read with the field (a hint, the strength). */
  describedBy?: string[]
  inputRef?: RefObject<HTMLInputElement | null>
  children?: ReactNode
}

/** A passphrase box with its label, and its error said in words right under the label. */
export function PassphraseField({
  id,
  label,
  value,
  onChange,
  visible = false,
  autoComplete,
  error,
  describedBy = [],
  inputRef,
  children
}: Props) {
  const errorId = `${id}-error`
  const described = [...(error ? [errorId] : []), ...describedBy].join(' ')
  return (
    <div className="form-field passphrase-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children}
      {error && (
        <div id={errorId} className="field-error">
          <p>{error}</p>
        </div>
      )}
      <input
        id={id}
        ref={inputRef}
        className="text-input"
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        maxLength={1024}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
