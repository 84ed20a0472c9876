import { useEffect, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ComputerUnlockStatus } from '@shared/computer-unlock'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { errorMessage } from '@renderer/i18n/messages'
import type { UnlockWithComputer } from './use-startup'

/**
 * On the unlock screen, where the user turned unlock without typing on: a button that unlocks
 * with the key this computer account keeps (the main process decides whether it can). Where that
 * key did not open at start, says why the passphrase is asked instead. Nothing otherwise.
 */
interface Props {
  onUnlock: UnlockWithComputer
  /** The button is gone after a refusal: focus goes to the passphrase, now the way in. */
  onRefused: () => void
}

export function ComputerUnlockChoice({ onUnlock, onRefused }: Props) {
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
  return status === null ? null : <ComputerUnlockOffer status={status} onUnlock={onUnlock} onRefused={onRefused} />
}

/** The button (for a key kept and readable) or the word that it failed, for a given status. */
export function ComputerUnlockOffer({ status, onUnlock, onRefused }: Props & { status: ComputerUnlockStatus }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  // Refused: the credential store did not give the key back; the passphrase is the way now.
  const [refused, setRefused] = useState<ApiError | null>(null)

  if (status.state === 'failed' || refused?.code === 'data-locked') {
    return (
      <p className="computer-unlock alert alert-warning" role={refused ? 'alert' : undefined}>
        {refused ? t('lockScreens.computerUnlock.refused') : t('lockScreens.computerUnlock.failedAtStart')}
      </p>
    )
  }
  if (status.state !== 'on') return null

  const unlock = async () => {
    if (busy) return
    setBusy(true)
    const error = await onUnlock()
    // Unlocked: the app has moved on, and this screen is gone.
    if (error === null) return
    setBusy(false)
    setRefused(error)
    if (error.code === 'data-locked') onRefused()
  }

  return (
    <div className="computer-unlock">
      {/* Stays enabled while busy (the press is ignored) so focus never drops to the page. */}
      <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void unlock()}>
        {t('lockScreens.computerUnlock.button')}
      </button>
      <p className="lock-progress" role="status">
        {busy ? t('lockScreens.computerUnlock.working') : ''}
      </p>
      {refused && (
        <p className="field-error" role="alert">
          {errorMessage(t, refused)}
        </p>
      )}
    </div>
  )
}
