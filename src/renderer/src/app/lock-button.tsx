import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'

/** Locks the app now: stepping away from the laptop need not wait for the idle lock. */
export function LockButton({ onLock }: { onLock: () => Promise<void> }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  return (
    <button
      type="button"
      className="nav-button lock-button"
      aria-disabled={busy}
      onClick={() => {
        if (busy) return
        setBusy(true)
        void onLock().finally(() => setBusy(false))
      }}
    >
      {t('lockScreens.lockNow')}
    </button>
  )
}
