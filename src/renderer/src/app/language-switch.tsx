import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/**
 * Before the folder is open there are no settings to read, so a screen asking for the passphrase
 * starts in the system's language: this button offers the other one, named in that language.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const other = useUiLanguage() === 'en' ? 'fr' : 'en'
  return (
    <button
      type="button"
      className="nav-button"
      lang={LANGUAGE_TAGS[other]}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t(`lockScreens.switchTo.${other}`)}
    </button>
  )
}
