import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Settings } from '@shared/entities'
import type { BriefLanguage } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { BriefDefaultsFields } from '@renderer/components/brief-defaults-fields'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { currentLanguage } from '@renderer/i18n'
import { AppHeader } from './app-header'
import { LanguageSwitch } from './language-switch'
import { TextField } from '@renderer/components/fields/text-field'
import type { ProblemMap } from '@renderer/lib/field-problems'

interface Props {
  settings: Settings
  /** The step is answered and saved: the app goes on to the library with these settings. */
  onDone: (settings: Settings) => void
}

// Nothing on this step can be invalid: a name or office left empty is simply filled in later.
const NO_PROBLEMS: ProblemMap = new Map()

/**
 * First start in a data folder: who is working (name and office, which history and exchange files
 * carry) and what a new brief starts with. One step, every answer changeable in Settings; leaving
 * it for later is allowed and says what that costs.
 */
export function WelcomeScreen({ settings, onDone }: Props) {
  const { t } = useTranslation()
  const [author, setAuthor] = useState(settings.author)
  const [office, setOffice] = useState(settings.office)
  const [marking, setMarking] = useState(settings.defaultMarking)
  // Offered first: briefs in the language the user reads the app in, as before this choice existed.
  const [language, setLanguage] = useState<BriefLanguage>(currentLanguage)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const headingRef = useRef<HTMLDivElement>(null)

  // The screen replaced the one the user was acting on (or the loading line): announce its title.
  useEffect(() => {
    headingRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [])

  // The language the step was read in is kept, whichever button is pressed.
  const finish = async (change: Partial<Settings>) => {
    setBusy(true)
    setError(null)
    const saved = await api['settings.update']({ ...change, uiLanguage: currentLanguage(), welcomed: true })
    setBusy(false)
    if (saved.ok) onDone(saved.value)
    else setError(saved.error)
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void finish({
      author: author.trim(),
      office: office.trim(),
      defaultMarking: marking,
      defaultBriefLanguage: language
    })
  }

  return (
    <>
      <AppHeader>
        <LanguageSwitch />
      </AppHeader>
      <main id="main-content" className="app-main welcome-screen" tabIndex={-1}>
        <div ref={headingRef}>
          <ScreenHeading>{t('people.welcome.title')}</ScreenHeading>
        </div>
        <p className="lead">{t('people.welcome.lead')}</p>
        <form className="welcome-form" onSubmit={submit} aria-busy={busy}>
          <div className="welcome-grid">
            <TextField
              path="welcome-author"
              label={t('people.name.label')}
              hint={t('people.name.hint')}
              autoComplete="name"
              maxLength={500}
              value={author}
              onChange={setAuthor}
              problems={NO_PROBLEMS}
            />
            <TextField
              path="welcome-office"
              label={t('people.office.label')}
              hint={t('people.office.hint')}
              autoComplete="organization"
              maxLength={500}
              value={office}
              onChange={setOffice}
              problems={NO_PROBLEMS}
            />
            <BriefDefaultsFields
              idPrefix="welcome"
              marking={marking}
              language={language}
              onMarking={setMarking}
              onLanguage={setLanguage}
            />
          </div>
          <p className="hint" id="welcome-later-hint">
            {t('people.welcome.laterHint')}
          </p>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('people.welcome.continue')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              aria-describedby="welcome-later-hint"
              onClick={() => void finish({ defaultBriefLanguage: currentLanguage() })}
            >
              {t('people.welcome.later')}
            </button>
          </div>
          {error && <ApiErrorMessage error={error} />}
        </form>
      </main>
    </>
  )
}
