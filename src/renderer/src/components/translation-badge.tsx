import { useTranslation } from '@renderer/i18n/translation'
import type { RecordTranslation } from '@shared/align-records'
import type { BilingualText } from '@shared/languages'
import { languageToUpdate, textState } from '@shared/translation'

/**
 * "French needs updating" (one language changed since the two last matched) and, unless left
 * out, "French missing" (a text written in one language only). Worded, not only coloured.
 * Nothing when every text is in step.
 */
export function TranslationBadges({
  translation,
  showMissing = true
}: {
  translation: RecordTranslation
  showMissing?: boolean
}) {
  const { t } = useTranslation()
  return (
    <>
      {translation.needsUpdate.map((language) => (
        <span
          key={`update-${language}`}
          className="badge badge-translation"
          data-testid="translation-badge"
          data-language={language}
        >
          {t(`translation.needsUpdate.${language}`)}
        </span>
      ))}
      {showMissing &&
        translation.missing.map((language) => (
          <span key={`missing-${language}`} className="badge badge-one-language" data-testid="one-language-badge">
            {t(`translation.missing.${language}`)}
          </span>
        ))}
    </>
  )
}

/** The "needs updating" badge of one text, or nothing when it is in step (or written in one language only). */
export function TextTranslationBadge({ text }: { text: BilingualText }) {
  const language = languageToUpdate(textState(text))
  return language === null ? null : <TranslationBadges translation={{ needsUpdate: [language], missing: [] }} />
}
