import type { Language } from './languages'

// Short words that are common in one language and rare in the other.
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'are', 'with', 'for', 'that', 'its', 'on', 'this', 'from', 'will']),
  fr: new Set(['le', 'la', 'les', 'des', 'et', 'du', 'est', 'sont', 'avec', 'pour', 'que', 'dans', 'une', 'aux', 'sur'])
}

/**
 * The language most of the text is written in, by counting common short words; `fallback`
 * when the text says too little to tell. Used only to preset a choice the user can change.
 */
export function guessLanguage(texts: readonly string[], fallback: Language): Language {
  const score = { en: 0, fr: 0 }
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^a-zàâçéèêëîïôûùüÿœæ]+/)) {
      if (MARKERS.en.has(word)) score.en += 1
      if (MARKERS.fr.has(word)) score.fr += 1
    }
  }
  if (score.en === score.fr || Math.max(score.en, score.fr) < 3) return fallback
  return score.fr > score.en ? 'fr' : 'en'
}
