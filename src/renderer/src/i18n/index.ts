import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LANGUAGES } from '@shared/languages'
import type { Language } from '@shared/languages'
import { catalogs } from './catalogs'

/** Both catalogs ship inside the bundle: the app is offline, so there is nothing to fetch. */
export const resources = {
  en: { translation: catalogs.en },
  fr: { translation: catalogs.fr }
} as const

/** The interface language i18next is using now, narrowed to one of the two official languages. */
export function currentLanguage(): Language {
  return toLanguage(i18next.resolvedLanguage ?? i18next.language)
}

/** Any language tag (en-CA, fr, fr-FR...) mapped to the official language it belongs to. */
export function toLanguage(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

void i18next.use(initReactI18next).init({
  resources,
  // Until settings arrive the system's language is the best guess; settings then decide.
  // (Unit tests run in Node 20, which has no navigator.)
  lng: toLanguage(typeof navigator === 'undefined' ? undefined : navigator.language),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // Resources are bundled, so init completes synchronously and the first render is translated.
  initAsync: false,
  // React already escapes what it renders; escaping twice would show &amp; to the user.
  interpolation: { escapeValue: false },
  returnNull: false
})

export default i18next
