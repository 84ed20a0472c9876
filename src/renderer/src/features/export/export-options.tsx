import { useTranslation } from '@renderer/i18n/translation'
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
      <Choices
        name="language"
        legend={t('exportDialog.language')}
        label={(language) => t(`exportDialog.languages.${language}`)}
        values={BRIEF_LANGUAGES}
        current={options.language}
        onChoose={(language) => set({ language })}
        disabled={disabled}
      />
      {!isPackage && (
        <Choices
          name="document"
          legend={t('exportDialog.document')}
          label={(document) => t(`exportDialog.documents.${document}`)}
          values={DOCUMENTS}
          current={options.document}
          onChoose={(document) => set({ document })}
          disabled={disabled}
        />
      )}
      {isPackage && (
        <Choices
          name="format"
          legend={t('exportDialog.format')}
          label={(format) => t(`exportDialog.formats.${format}`)}
          values={FORMATS}
          current={options.format}
          onChoose={(format) => set({ format })}
          disabled={disabled}
        />
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

/** One group of radio buttons: the export's language, what to export, or the package's format. */
function Choices<V extends string>({
  name,
  legend,
  values,
  label,
  current,
  onChoose,
  disabled
}: {
  name: string
  legend: string
  values: readonly V[]
  label: (value: V) => string
  current: V
  onChoose: (value: V) => void
  disabled: boolean
}) {
  return (
    <fieldset className="export-fieldset" disabled={disabled}>
      <legend className="export-legend">{legend}</legend>
      {values.map((value) => (
        <label key={value} className="radio export-choice">
          <input
            type="radio"
            name={`export-${name}`}
            value={value}
            checked={current === value}
            onChange={() => onChoose(value)}
          />
          {label(value)}
        </label>
      ))}
    </fieldset>
  )
}
