import { useTranslation } from '@renderer/i18n/translation'
import type { Settings } from '@shared/entities'
import { LANGUAGE_TAGS, LANGUAGES } from '@shared/languages'
import type { Language } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { SaveStatus } from './save-status'
import { useSaveSettings } from './use-save-settings'

/** English or French for menus and labels; applies at once and is remembered. */
export function LanguageSetting({ onSaved }: { onSaved: (settings: Settings) => void }) {
  const { t, i18n } = useTranslation()
  const language = useUiLanguage()
  const { saveState, save } = useSaveSettings(onSaved)

  const choose = async (next: Language) => {
    // The switch shows at once; saving follows, and a failed save is reported but not undone,
    // so the user can keep working in the language they picked for this session.
    await i18n.changeLanguage(next)
    await save({ uiLanguage: next })
  }

  return (
    <fieldset className="setting">
      <legend>{t('settings.language.legend')}</legend>
      <p className="hint" id="language-hint">
        {t('settings.language.hint')}
      </p>
      <div className="radio-group">
        {LANGUAGES.map((option) => (
          <label key={option} className="radio" lang={LANGUAGE_TAGS[option]}>
            <input
              type="radio"
              name="ui-language"
              value={option}
              checked={language === option}
              aria-describedby="language-hint"
              onChange={() => void choose(option)}
            />
            {t(`settings.languageOption.${option}`)}
          </label>
        ))}
      </div>
      <SaveStatus saveState={saveState} />
    </fieldset>
  )
}
