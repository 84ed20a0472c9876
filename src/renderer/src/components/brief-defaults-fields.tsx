import { useTranslation } from '@renderer/i18n/translation'
import { BRIEF_LANGUAGES } from '@shared/languages'
import type { BriefLanguage } from '@shared/languages'
import { MARKINGS, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  /** Keeps the ids unique when the fields appear on a screen with others like them. */
  idPrefix: string
  marking: Marking
  language: BriefLanguage
  onMarking: (marking: Marking) => void
  onLanguage: (language: BriefLanguage) => void
}

/** The marking and the language a new brief starts with: the first-start step and Settings ask the same way. */
export function BriefDefaultsFields({ idPrefix, marking, language, onMarking, onLanguage }: Props) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  const markingId = `${idPrefix}-marking`
  return (
    <>
      <div className="form-field">
        <label className="field-label" htmlFor={markingId}>
          {t('people.defaultMarking.label')}
        </label>
        <p className="hint" id={`${markingId}-hint`}>
          {t('people.defaultMarking.hint')}
        </p>
        <select
          id={markingId}
          className="select-input"
          value={marking}
          aria-describedby={`${markingId}-hint`}
          onChange={(event) => onMarking(event.target.value as Marking)}
        >
          {MARKINGS.map((each) => (
            <option key={each} value={each}>
              {markingLabel(each, uiLanguage)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="form-field">
        <legend className="field-label">{t('people.defaultLanguage.label')}</legend>
        <div className="radio-group radio-group-wrap">
          {BRIEF_LANGUAGES.map((each) => (
            <label key={each} className="radio">
              <input
                type="radio"
                name={`${idPrefix}-language`}
                value={each}
                checked={language === each}
                onChange={() => onLanguage(each)}
              />
              {t(`composer.language.${each}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  )
}
