import { useTranslation } from 'react-i18next'
import { BRIEF_LANGUAGES } from '@shared/languages'
import type { BriefLanguage } from '@shared/languages'

/** What the user picks before exporting. */
export interface ExportOptions {
  language: BriefLanguage
  tableOfContents: boolean
  annexes: boolean
  format: 'docx' | 'zip'
  /** For a brief: the whole brief, or its pocket card (one page to carry into the room). */
  document: 'brief' | 'card'
}

interface Props {
  options: ExportOptions
  onChange: (options: ExportOptions) => void
  /** A package can also be exported as a zip of one document per brief. */
  isPackage: boolean
  disabled: boolean
}

const FORMATS = ['docx', 'zip'] as const
const DOCUMENTS = ['brief', 'card'] as const

/**
 * Language; for a brief, the whole brief or its pocket card; table of contents and annexes; for a
 * package, one document or one per brief.
 */
export function ExportOptionsFields({ options, onChange, isPackage, disabled }: Props) {
  const { t } = useTranslation()
  const set = (change: Partial<ExportOptions>) => onChange({ ...options, ...change })
  return (
    <div className="export-options">
      <fieldset className="export-fieldset" disabled={disabled}>
        <legend className="export-legend">{t('exportDialog.language')}</legend>
        {BRIEF_LANGUAGES.map((language) => (
          <label key={language} className="radio export-choice">
            <input
              type="radio"
              name="export-language"
              value={language}
              checked={options.language === language}
              onChange={() => set({ language })}
            />
            {t(`exportDialog.languages.${language}`)}
          </label>
        ))}
      </fieldset>
      {!isPackage && (
        <fieldset className="export-fieldset" disabled={disabled}>
          <legend className="export-legend">{t('exportDialog.document')}</legend>
          {DOCUMENTS.map((document) => (
            <label key={document} className="radio export-choice">
              <input
                type="radio"
                name="export-document"
                value={document}
                checked={options.document === document}
                onChange={() => set({ document })}
              />
              {t(`exportDialog.documents.${document}`)}
            </label>
          ))}
        </fieldset>
      )}
      {isPackage && (
        <fieldset className="export-fieldset" disabled={disabled}>
          <legend className="export-legend">{t('exportDialog.format')}</legend>
          {FORMATS.map((format) => (
            <label key={format} className="radio export-choice">
              <input
                type="radio"
                name="export-format"
                value={format}
                checked={options.format === format}
                onChange={() => set({ format })}
              />
              {t(`exportDialog.formats.${format}`)}
            </label>
          ))}
        </fieldset>
      )}
      {/* A card is one page: no contents, no annexes. */}
      <fieldset className="export-fieldset" disabled={disabled} hidden={options.document === 'card'}>
        <legend className="export-legend">{t('exportDialog.include')}</legend>
        <label className="checkbox export-choice">
          <input
            type="checkbox"
            checked={options.tableOfContents}
            onChange={(event) => set({ tableOfContents: event.target.checked })}
          />
          {t('exportDialog.tableOfContents')}
        </label>
        <label className="checkbox export-choice">
          <input
            type="checkbox"
            checked={options.annexes}
            onChange={(event) => set({ annexes: event.target.checked })}
          />
          {t('exportDialog.annexes')}
        </label>
      </fieldset>
    </div>
  )
}
