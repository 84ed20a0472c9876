import { useEffect, useRef, useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { MIN_PASSPHRASE_LENGTH } from '@shared/passphrase'
import type { ApiError } from '@shared/result'
import { errorMessage } from '@renderer/i18n/messages'
import { PassphraseField } from './passphrase-field'
import { checkNewPassphrase, passphraseStrength } from './passphrase-strength'
import type { NewPassphraseProblem } from './passphrase-strength'
import type { OfferPassphrase } from './use-startup'

interface Props {
  /** Uses the passphrase; answers why it was refused (the form stays), or null once the app moved on. */
  onSubmit: OfferPassphrase
  submitLabel: string
  /** What is at stake (a forgotten passphrase loses the data), read with the submit button. */
  warning: ReactNode
  /** Said under the button while the passphrase is being used (a live status line). */
  working: string
  /** Shown under the status line while working: how far it has come. */
  children?: ReactNode
}

type Problem = NewPassphraseProblem | { api: ApiError }

/**
 * A new passphrase typed twice, with a hint of its strength and a way to see it as typed: the
 * form of the set-up screen (a new folder) and of the protect screen (a plain folder encrypted
 * in place). Too short or two different passphrases are said here, before anything is asked.
 */
export function NewPassphraseForm({ onSubmit, submitLabel, warning, working, children }: Props) {
  const { t } = useTranslation()
  const [first, setFirst] = useState('')
  const [second, setSecond] = useState('')
  const [visible, setVisible] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const firstInput = useRef<HTMLInputElement>(null)
  const secondInput = useRef<HTMLInputElement>(null)
  const strength = passphraseStrength(first)

  useEffect(() => firstInput.current?.focus(), [])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy) return
    const refused = checkNewPassphrase(first, second)
    setProblem(refused)
    if (refused !== null) {
      ;(refused === 'too-short' ? firstInput : secondInput).current?.focus()
      return
    }
    setBusy(true)
    const error = await onSubmit(first)
    if (error === null) return
    setBusy(false)
    setProblem({ api: error })
    firstInput.current?.focus()
  }

  const firstError =
    problem === null || problem === 'mismatch'
      ? null
      : problem === 'too-short'
        ? t('lockScreens.setUp.tooShort', { min: MIN_PASSPHRASE_LENGTH })
        : errorMessage(t, problem.api)
  const secondError = problem === 'mismatch' ? t('lockScreens.setUp.mismatch') : null
  const strengthText =
    first === ''
      ? t('lockScreens.setUp.strength.empty')
      : strength.level === 'too-short'
        ? t('lockScreens.setUp.strength.tooShort', { count: strength.missing })
        : t(`lockScreens.setUp.strength.${strength.level}`)

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseField
        id="new-passphrase"
        label={t('lockScreens.setUp.first')}
        value={first}
        onChange={setFirst}
        visible={visible}
        autoComplete="new-password"
        error={firstError}
        describedBy={['passphrase-advice', 'passphrase-strength']}
        inputRef={firstInput}
      >
        <p className="hint" id="passphrase-advice">
          {t('lockScreens.setUp.advice', { min: MIN_PASSPHRASE_LENGTH })}
        </p>
      </PassphraseField>
      <p className={`passphrase-strength strength-${first === '' ? 'empty' : strength.level}`} id="passphrase-strength">
        {strengthText}
      </p>
      <PassphraseField
        id="repeat-passphrase"
        label={t('lockScreens.setUp.second')}
        value={second}
        onChange={setSecond}
        visible={visible}
        autoComplete="new-password"
        error={secondError}
        inputRef={secondInput}
      />
      <label className="checkbox">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        {t('lockScreens.setUp.show')}
      </label>
      <div className="passphrase-warning" id="passphrase-warning">
        {warning}
      </div>
      <button type="submit" className="button" aria-disabled={busy} aria-describedby="passphrase-warning">
        {submitLabel}
      </button>
      <p className="lock-progress" role="status">
        {busy ? working : ''}
      </p>
      {busy && children}
    </form>
  )
}
