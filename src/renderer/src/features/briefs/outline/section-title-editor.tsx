import { useEffect, useRef } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGES } from '@shared/languages'
import type { BilingualText } from '@shared/languages'

interface Props {
  sectionId: string
  title: BilingualText
  onRename: (title: BilingualText) => void
  onDone: () => void
}

/** A section's title in both languages; each change is one (merged) undoable step. Enter or Escape closes it. */
export function SectionTitleEditor({ sectionId, title, onRename, onDone }: Props) {
  const { t } = useTranslation()
  const firstRef = useRef<HTMLInputElement>(null)
  useEffect(() => firstRef.current?.focus(), [])
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return
    event.preventDefault()
    onDone()
    document.getElementById(`outline-section-${sectionId}`)?.focus()
  }
  return (
    <fieldset className="section-title-editor">
      <legend className="filter-label">{t('composer.section.titleLegend')}</legend>
      {LANGUAGES.map((language, index) => (
        <label key={language} className="filter">
          <span className="language-label">{t(`languageNames.${language}`)}</span>
          <input
            ref={index === 0 ? firstRef : undefined}
            type="text"
            className="text-input"
            lang={language}
            value={title[language]}
            maxLength={300}
            onChange={(event) => onRename({ ...title, [language]: event.target.value })}
            onKeyDown={onKeyDown}
          />
        </label>
      ))}
      <button type="button" className="button button-secondary button-small" onClick={onDone}>
        {t('composer.section.doneRenaming')}
      </button>
    </fieldset>
  )
}
