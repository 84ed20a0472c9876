import { z } from 'zod'
import { FINGERPRINT_PATTERN } from './fingerprint'

/** The two official languages; every content text carries both. */
export const LANGUAGES = ['en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
export const languageSchema = z.enum(LANGUAGES)

/** A brief is exported in one language or both side by side. */
export const BRIEF_LANGUAGES = ['en', 'fr', 'bilingual'] as const
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number]
export const briefLanguageSchema = z.enum(BRIEF_LANGUAGES)

/** The languages a brief, a record or an export in `language` is written in, English first. */
export function languagesIn(language: BriefLanguage): Language[] {
  return language === 'bilingual' ? ['en', 'fr'] : [language]
}

/**
 * Which of `languages` a text lacks while it is written in the other: an export in them would
 * print the other language's words, or nothing, under their headings. A text empty in both lacks none.
 */
export function languagesLacking(text: BilingualText, languages: readonly Language[]): Language[] {
  return languages.filter(
    (language) => text[language].trim() === '' && text[language === 'en' ? 'fr' : 'en'].trim() !== ''
  )
}

/** Language tags written into exports so Word checks spelling in the right language. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-CA', fr: 'fr-CA' }

// Long enough for a full background note, short enough that a pasted file cannot bloat the store.
export const MAX_TEXT_LENGTH = 50_000

const text = z.string().max(MAX_TEXT_LENGTH, `Text is limited to ${MAX_TEXT_LENGTH} characters.`)

const fingerprint = z.string().regex(FINGERPRINT_PATTERN, 'A text fingerprint is 16 hexadecimal digits.')

/**
 * The fingerprints of both languages as they were when they last said the same thing. Kept only
 * while one language has changed since and the other has not (translation.ts); absent, the two
 * languages are in step. With `source` (from data version 6), the other language was written as a
 * translation of this one and is in step: the fingerprints are the last save's, and edits to the
 * translation alone keep it so. The app sets it when it saves; what a window sends is never taken.
 */
export const alignedSchema = z
  .object({ en: fingerprint, fr: fingerprint, source: z.enum(['en', 'fr']).optional() })
  .strict()
export type Aligned = z.infer<typeof alignedSchema>

/** Text in English and French; either may be empty while an item is a draft. */
export const bilingualTextSchema = z.object({ en: text, fr: text, aligned: alignedSchema.optional() })
export type BilingualText = z.infer<typeof bilingualTextSchema>

/** True when the text has something in both languages. */
export function isComplete(value: BilingualText): boolean {
  return value.en.trim() !== '' && value.fr.trim() !== ''
}

/** The text in the wanted language, or the other language when that one is empty. */
export function pick(value: BilingualText, language: Language): string {
  const wanted = value[language].trim()
  return wanted !== '' ? value[language] : value[language === 'en' ? 'fr' : 'en']
}
