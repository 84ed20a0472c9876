import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '@shared/passphrase'
import type { ApiError } from '@shared/result'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { errorMessage } from '@renderer/i18n/messages'
import { AppHeader } from './app-header'
import { LanguageSwitch } from './language-switch'
import { PassphraseField } from './passphrase-field'
import { passphraseStrength } from './passphrase-strength'
import type { OfferPassphrase } from './use-startup'

interface Props {
  /** Sets the folder up encrypted with the passphrase; the app replaces this screen when it works. */
  onSetUp: OfferPassphrase
}

type Problem = { field: 'first'; text: 'tooShort' } | { field: 'second'; text: 'mismatch' } | { api: ApiError }

/**
 * First start: nothing is written to the data folder until the user has chosen the passphrase
 * that encrypts it, typed twice, with a hint of its strength, and read that a forgotten
 * passphrase means the data is gone (there is no other way in yet: no credential store, no reset).
 */
export function SetUpScreen({ onSetUp }: Props) {
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
    if (strength.level === 'too-short') {
      setProblem({ field: 'first', text: 'tooShort' })
      firstInput.current?.focus()
      return
    }
    if (first !== second) {
      setProblem({ field: 'second', text: 'mismatch' })
      secondInput.current?.focus()
      return
    }
    setProblem(null)
    setBusy(true)
    const error = await onSetUp(first)
    if (error === null) return
    setBusy(false)
    setProblem({ api: error })
    firstInput.current?.focus()
  }

  const firstError =
    problem === null
      ? null
      : 'api' in problem
        ? errorMessage(t, problem.api)
        : problem.field === 'first'
          ? t('lockScreens.setUp.tooShort', { min: MIN_PASSPHRASE_LENGTH })
          : null
  const secondError =
    problem !== null && 'field' in problem && problem.field === 'second' ? t('lockScreens.setUp.mismatch') : null
  const strengthText =
    first === ''
      ? t('lockScreens.setUp.strength.empty')
      : strength.level === 'too-short'
        ? t('lockScreens.setUp.strength.tooShort', { count: strength.missing })
        : t(`lockScreens.setUp.strength.${strength.level}`)

  return (
    <>
      <AppHeader>
        <LanguageSwitch />
      </AppHeader>
      <main id="main-content" className="app-main lock-screen">
        <ScreenHeading>{t('lockScreens.setUp.title')}</ScreenHeading>
        <p className="lead">{t('lockScreens.setUp.lead')}</p>
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
          <p
            className={`passphrase-strength strength-${first === '' ? 'empty' : strength.level}`}
            id="passphrase-strength"
          >
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
            <h2>{t('lockScreens.setUp.warningHeading')}</h2>
            <p>{t('lockScreens.setUp.warning')}</p>
            <p>{t('lockScreens.setUp.keepItSafe')}</p>
          </div>
          <button type="submit" className="button" aria-disabled={busy} aria-describedby="passphrase-warning">
            {t('lockScreens.setUp.submit')}
          </button>
          <p className="lock-progress" role="status">
            {busy ? t('lockScreens.setUp.working') : ''}
          </p>
        </form>
      </main>
    </>
  )
}
