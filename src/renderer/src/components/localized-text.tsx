import { LANGUAGE_TAGS, pick } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { RichText } from './rich-text'

/** The language `pick` falls back to when the wanted text is empty. */
export function shownLanguage(value: BilingualText, wanted: Language): Language {
  if (value[wanted].trim() !== '') return wanted
  return wanted === 'en' ? 'fr' : 'en'
}

interface Props {
  value: BilingualText
  fallback?: string
  /** Shows the text's own paragraphs, lists and emphasis, as a block with `className`. */
  rich?: boolean
  className?: string
}

/**
 * Content text in the interface language. A draft may exist in one language only; the other
 * is shown then, tagged with its language so screen readers pronounce it right.
 */
export function LocalizedText({ value, fallback, rich = false, className }: Props) {
  const language = useUiLanguage()
  const text = pick(value, language)
  if (text.trim() === '') return <>{fallback ?? ''}</>
  const shown = shownLanguage(value, language)
  const lang = shown === language ? undefined : LANGUAGE_TAGS[shown]
  if (rich) return <RichText className={className} lang={lang} text={text} />
  return lang === undefined ? <>{text}</> : <span lang={lang}>{text}</span>
}
