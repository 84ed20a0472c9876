import type { ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { RichText } from '@renderer/components/rich-text'

/** One row of the page: a cell per language (English left, French right), each tagged with its language. */
export function PreviewRow({
  languages,
  className,
  children
}: {
  languages: readonly Language[]
  className?: string
  children: (language: Language) => ReactNode
}) {
  return (
    <div className={`preview-row ${className ?? ''}`}>
      {languages.map((language) => (
        <div key={language} className="preview-cell" lang={LANGUAGE_TAGS[language]}>
          {children(language)}
        </div>
      ))}
    </div>
  )
}

/** A content text in one language; a visible gap, in the interface's words, where it is missing. */
export function PreviewText({ value, language }: { value: BilingualText; language: Language }) {
  const { t } = useTranslation()
  const ui = useUiLanguage()
  if (value[language].trim() !== '') return <>{value[language]}</>
  return (
    <span className="preview-missing" lang={LANGUAGE_TAGS[ui]}>
      {t('composer.preview.missingText', { language: t(`languageNames.${language}`) })}
    </span>
  )
}

/**
 * A body text in one language with its paragraphs, lists and emphasis, as Word will print it;
 * `lead` opens it (a number, "If raised:"). A missing text shows the same gap as PreviewText.
 */
export function PreviewRichText({
  value,
  language,
  className,
  lead
}: {
  value: BilingualText
  language: Language
  className: string
  lead?: ReactNode
}) {
  if (value[language].trim() !== '') return <RichText className={className} lead={lead} text={value[language]} />
  return (
    <p className={className}>
      {lead}
      <PreviewText value={value} language={language} />
    </p>
  )
}

/** A fixed word of the document (Date, If raised:…) in the document's language, not the interface's. */
export function useDocumentWords() {
  const { t } = useTranslation()
  return (key: string, language: Language, values: Record<string, string> = {}) =>
    t(`composer.preview.${key}`, { ...values, lng: language })
}
