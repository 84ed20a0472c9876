import { LANGUAGE_TAGS, pick } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** The language `pick` falls back to when the wanted text is empty. */
export function shownLanguage(value: BilingualText, wanted: Language): Language {
  if (value[wanted].trim() !== '') return wanted
  return wanted === 'en' ? 'fr' : 'en'
}

/**
 * Content text in the interface language. A draft may exist in one language only; the other
 * is shown then, tagged with its language so screen readers pronounce it right.
 */
export function LocalizedText({ value, fallback }: { value: BilingualText; fallback?: string }) {
  const language = useUiLanguage()
  const text = pick(value, language)
  if (text.trim() === '') return <>{fallback ?? ''}</>
  const shown = shownLanguage(value, language)
  return shown === language ? <>{text}</> : <span lang={LANGUAGE_TAGS[shown]}>{text}</span>
}
