import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGES } from '@shared/languages'
import type { BilingualText } from '@shared/languages'

/** A new section of the officer's own, named in at least one language, added at the end. */
export function AddSectionForm({ onAdd }: { onAdd: (title: BilingualText) => void }) {
  const { t } = useTranslation()
  const [title, setTitle] = useState<BilingualText>({ en: '', fr: '' })
  const [problem, setProblem] = useState(false)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (title.en.trim() === '' && title.fr.trim() === '') return setProblem(true)
    onAdd({ en: title.en.trim(), fr: title.fr.trim() })
    setTitle({ en: '', fr: '' })
    setProblem(false)
  }
  return (
    <form className="add-section" onSubmit={submit} noValidate>
      <fieldset className="filters">
        <legend className="filters-title">{t('composer.section.addLegend')}</legend>
        {problem && (
          <p className="field-error" id="add-section-error" role="alert">
            {t('composer.section.titleNeeded')}
          </p>
        )}
        <div className="add-section-fields">
          {LANGUAGES.map((language) => (
            <label key={language} className="filter">
              <span className="language-label">{t(`languageNames.${language}`)}</span>
              <input
                type="text"
                className="text-input"
                lang={language}
                value={title[language]}
                maxLength={300}
                aria-invalid={problem || undefined}
                aria-describedby={problem ? 'add-section-error' : undefined}
                onChange={(event) => setTitle({ ...title, [language]: event.target.value })}
              />
            </label>
          ))}
        </div>
        <button type="submit" className="button button-secondary button-small">
          {t('composer.section.add')}
        </button>
      </fieldset>
    </form>
  )
}
