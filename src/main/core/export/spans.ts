import type { Language } from '@shared/languages'
import type { Span } from './runs'
import type { ExportLanguage } from './types'
import { languagesIn } from '@shared/languages'
import { WORDS } from './words'
import type { WordKey } from './words'

/** Text in the export's language, or "English / French" for a bilingual export, each part tagged. */
export function inLanguages(
  language: ExportLanguage,
  textFor: (language: Language) => string,
  look: Omit<Span, 'text' | 'language'> = {}
): Span[] {
  const spans = languagesIn(language).map((each): Span => ({ ...look, text: textFor(each), language: each }))
  // "Canada / Canada" and "Date / Date" say nothing twice: a word both languages share is printed once.
  if (spans.every((span) => span.text === spans[0]?.text)) return spans.slice(0, 1)
  return spans.flatMap((span, index) =>
    index === 0 ? [span] : [{ ...look, text: ' / ', language: span.language }, span]
  )
}

/** A dictionary word in the export's language, or in both. */
export function label(key: WordKey, language: ExportLanguage, look: Omit<Span, 'text' | 'language'> = {}): Span[] {
  return inLanguages(language, (each) => WORDS[each][key], look)
}
