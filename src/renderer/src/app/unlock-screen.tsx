import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { LockReason } from '@shared/operations'
import { FREE_UNLOCK_ATTEMPTS } from '@shared/passphrase'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { errorMessage } from '@renderer/i18n/messages'
import { AppHeader } from './app-header'
import { ComputerUnlockChoice } from './computer-unlock-choice'
import { LanguageSwitch } from './language-switch'
import { PassphraseField } from './passphrase-field'
import { usePassphraseSubmit } from './use-passphrase-submit'
import type { OfferPassphrase, UnlockWithComputer } from './use-startup'

interface Props {
  /** Why the app locked; null when it started on an encrypted folder. */
  reason: LockReason | null
  /** Unlocks; the app replaces this screen when it works, and answers why not otherwise. */
  onUnlock: OfferPassphrase
  /** Unlocks with the key this computer account keeps, where the user turned that on. */
  onUnlockWithComputer: UnlockWithComputer
}

/**
 * All the window shows while the data folder is locked: nothing of the library or the briefs,
 * only the passphrase box. A wrong passphrase is said in words and stays in the box, selected,
 * so it can be corrected or typed over.
 */
export function UnlockScreen({ reason, onUnlock, onUnlockWithComputer }: Props) {
  const { t } = useTranslation()
  // Counted here only to say so: the main process does the slowing down (api/unlock-delay.ts).
  const [wrongInARow, setWrongInARow] = useState(0)
  // The screen replaced whatever the user was doing: it starts where the passphrase goes.
  const { passphrase, setPassphrase, busy, refused, input, submit } = usePassphraseSubmit(async (offered) => {
    const error = await onUnlock(offered)
    if (error?.code === 'wrong-passphrase') setWrongInARow((n) => n + 1)
    return error
  })

  const why = reason ?? 'start'
  const problem =
    refused === null ? null : refused === 'empty' ? t('lockScreens.unlock.empty') : errorMessage(t, refused)

  return (
    <>
      <AppHeader>
        <LanguageSwitch />
      </AppHeader>
      <main id="main-content" className="app-main lock-screen">
        <ScreenHeading>{t('lockScreens.unlock.title')}</ScreenHeading>
        <p className="lead">{t(`lockScreens.unlock.lead.${why}`)}</p>
        <form className="lock-form" onSubmit={(event) => void submit(event)} noValidate>
          <PassphraseField
            id="unlock-passphrase"
            label={t('lockScreens.unlock.label')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            error={problem}
            describedBy={wrongInARow >= FREE_UNLOCK_ATTEMPTS ? ['unlock-slowed'] : []}
            inputRef={input}
          />
          {wrongInARow >= FREE_UNLOCK_ATTEMPTS && (
            <p className="hint" id="unlock-slowed">
              {t('lockScreens.unlock.slowed')}
            </p>
          )}
          {/* Stays enabled while busy (the press is ignored) so focus never drops to the page. */}
          <button type="submit" className="button" aria-disabled={busy}>
            {t('lockScreens.unlock.submit')}
          </button>
          <p className="lock-progress" role="status">
            {busy ? t('lockScreens.unlock.checking') : ''}
          </p>
        </form>
        <ComputerUnlockChoice onUnlock={onUnlockWithComputer} onRefused={() => input.current?.focus()} />
      </main>
    </>
  )
}
