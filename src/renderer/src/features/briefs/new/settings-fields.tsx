import { useTranslation } from '@renderer/i18n/translation'
import { BRIEF_LANGUAGES } from '@shared/languages'
import { MARKINGS, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { SelectField } from '@renderer/components/fields/select-field'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { BriefDraft } from './brief-draft'

interface Props {
  draft: BriefDraft
  onChange: (patch: Partial<BriefDraft>) => void
  problems: ProblemMap
}

/** The new brief's marking and the language it is written and exported in. */
export function SettingsFields({ draft, onChange, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{t('composer.new.settings')}</legend>
      <SelectField
        path="marking"
        label={t('composer.marking.label')}
        value={draft.marking}
        options={MARKINGS.map((marking) => ({ value: marking, label: markingLabel(marking, language) }))}
        onChange={(marking) => onChange({ marking: marking as Marking })}
        problems={problems}
      />
      <p className="hint field-after-hint">{t('composer.new.markingHint')}</p>
      <fieldset className="form-field" id="field-language">
        <legend className="field-label">{t('composer.language.label')}</legend>
        <div className="radio-group">
          {BRIEF_LANGUAGES.map((each) => (
            <label key={each} className="radio">
              <input
                type="radio"
                name="brief-language"
                value={each}
                checked={draft.language === each}
                onChange={() => onChange({ language: each })}
              />
              {t(`composer.language.${each}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  )
}
