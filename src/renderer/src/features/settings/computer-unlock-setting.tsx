import { useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ComputerUnlockStatus } from '@shared/computer-unlock'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { PassphraseField } from '@renderer/app/passphrase-field'
import { usePassphraseSubmit } from '@renderer/app/use-passphrase-submit'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { errorMessage } from '@renderer/i18n/messages'

/**
 * "Unlock without typing on this computer". Shown only where the main process offers it: in the
 * app, on an encrypted folder, where the system has a credential store (and, where that store
 * would not protect the key, to say why not). Nothing shows while its status is being read.
 */
export function ComputerUnlockSetting() {
  const [status, setStatus] = useState<ComputerUnlockStatus | null>(null)
  useEffect(() => {
    let current = true
    void api['computerUnlock.status']({}).then((result) => {
      if (current && result.ok) setStatus(result.value)
    })
    return () => {
      current = false
    }
  }, [])
  if (status === null || status.state === 'not-offered') return null
  return <ComputerUnlockSection status={status} onChanged={setStatus} />
}

type Outcome = { done: 'on' | 'off' } | { failed: ApiError } | null

interface SectionProps {
  status: Exclude<ComputerUnlockStatus, { state: 'not-offered' }>
  onChanged: (status: ComputerUnlockStatus) => void
}

/** What turning it on means, where it stands, and the way to turn it on (with the passphrase) or off. */
export function ComputerUnlockSection({ status, onChanged }: SectionProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [turningOff, setTurningOff] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const turnOnButton = useRef<HTMLButtonElement>(null)
  const turnOffButton = useRef<HTMLButtonElement>(null)
  // Where focus goes once the button pressed is gone: the one that takes its place (a new object
  // each time, so that the same button is focused again on a second cancel).
  const [focusNext, setFocusNext] = useState<{ button: RefObject<HTMLButtonElement | null> } | null>(null)
  useEffect(() => {
    focusNext?.button.current?.focus()
  }, [focusNext])

  const turnOff = async () => {
    if (turningOff) return
    setTurningOff(true)
    setOutcome(null)
    const result = await api['computerUnlock.turnOff']({})
    setTurningOff(false)
    if (!result.ok) return setOutcome({ failed: result.error })
    onChanged(result.value)
    setOutcome({ done: 'off' })
    setFocusNext({ button: turnOnButton })
  }

  const turnedOn = (next: ComputerUnlockStatus) => {
    setAsking(false)
    onChanged(next)
    setOutcome({ done: 'on' })
    setFocusNext({ button: turnOffButton })
  }

  const canTurnOn = status.state === 'off' || status.state === 'failed'
  const canTurnOff = status.state === 'on' || status.state === 'failed'

  return (
    <section className="setting" aria-labelledby="computer-unlock-heading" data-testid="computer-unlock">
      <h2 id="computer-unlock-heading" className="setting-heading">
        {t('settings.computerUnlock.heading')}
      </h2>
      <p>{t('settings.computerUnlock.what')}</p>
      <p id="computer-unlock-meaning">{t('settings.computerUnlock.meaning')}</p>
      <p>{t('settings.computerUnlock.passphraseStays')}</p>
      <p id="computer-unlock-state">
        <strong>
          {status.state === 'unsafe'
            ? t(`settings.computerUnlock.unsafe.${status.reason}`)
            : t(`settings.computerUnlock.state.${status.state}`)}
        </strong>
      </p>
      {asking ? (
        <TurnOnForm
          onTurnedOn={turnedOn}
          onCancel={() => {
            setAsking(false)
            setFocusNext({ button: turnOnButton })
          }}
        />
      ) : (
        <div className="field-row">
          {canTurnOn && (
            <button
              type="button"
              className="button"
              ref={turnOnButton}
              aria-describedby="computer-unlock-meaning"
              onClick={() => {
                setOutcome(null)
                setAsking(true)
              }}
            >
              {status.state === 'failed'
                ? t('settings.computerUnlock.turnOnAgain')
                : t('settings.computerUnlock.turnOn')}
            </button>
          )}
          {canTurnOff && (
            <button
              type="button"
              className="button button-secondary"
              ref={turnOffButton}
              aria-disabled={turningOff}
              onClick={() => void turnOff()}
            >
              {t('settings.computerUnlock.turnOff')}
            </button>
          )}
        </div>
      )}
      {/* Kept in the page even when empty, so that screen readers announce what happened. */}
      <p className="save-status" role="status">
        {turningOff && t('settings.computerUnlock.turningOff')}
        {outcome !== null &&
          'done' in outcome &&
          (outcome.done === 'on' ? t('settings.computerUnlock.turnedOn') : t('settings.computerUnlock.turnedOff'))}
      </p>
      {outcome !== null && 'failed' in outcome && <ApiErrorMessage error={outcome.failed} />}
    </section>
  )
}

interface FormProps {
  onTurnedOn: (status: ComputerUnlockStatus) => void
  onCancel: () => void
}

/** The passphrase again, as proof of ownership; a wrong one is said in words and stays selected. */
export function TurnOnForm({ onTurnedOn, onCancel }: FormProps) {
  const { t } = useTranslation()
  const { passphrase, setPassphrase, busy, refused, input, submit } = usePassphraseSubmit(async (offered) => {
    const result = await api['computerUnlock.turnOn']({ passphrase: offered })
    if (!result.ok) return result.error
    onTurnedOn(result.value)
    return null
  })

  // A wrong passphrase belongs to the field; anything else (a refusal of the system) below it.
  const fieldError =
    refused === 'empty'
      ? t('settings.computerUnlock.empty')
      : refused?.code === 'wrong-passphrase'
        ? errorMessage(t, refused)
        : null
  const otherError = refused !== null && refused !== 'empty' && refused.code !== 'wrong-passphrase' ? refused : null

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate>
      <p id="computer-unlock-lead">{t('settings.computerUnlock.confirmLead')}</p>
      <PassphraseField
        id="computer-unlock-passphrase"
        label={t('settings.computerUnlock.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        error={fieldError}
        describedBy={['computer-unlock-lead']}
        inputRef={input}
      />
      <div className="field-row">
        {/* Stays enabled while busy (the press is ignored) so focus never drops to the page. */}
        <button type="submit" className="button" aria-disabled={busy}>
          {t('settings.computerUnlock.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('settings.computerUnlock.cancel')}
        </button>
      </div>
      <p className="lock-progress" role="status">
        {busy ? t('settings.computerUnlock.checking') : ''}
      </p>
      {otherError && <ApiErrorMessage error={otherError} />}
    </form>
  )
}
