import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGES } from '@shared/languages'
import type { BilingualText, Language } from '@shared/languages'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { describedBy, FieldErrors } from './field-errors'

interface Props {
  path: string
  label: string
  value: BilingualText
  onChange: (value: BilingualText) => void
  problems: ProblemMap
  multiline?: boolean
  /** Marks the field as one an approved item needs in both languages. */
  requiredWhenApproved?: boolean
  /** For an entry whose own legend already names it (a programme): the name is kept for screen readers only. */
  hideLabel?: boolean
  /** A text shown with its lists and emphasis: the hint under it names how to write them. */
  formatted?: boolean
}

/**
 * One text in English and French, side by side. Each input carries its language so spell
 * checkers and screen readers switch with it; its name says both the field and the language.
 */
export function BilingualInput(props: Props) {
  const { path, label, value, onChange, problems, multiline, requiredWhenApproved, hideLabel, formatted } = props
  const { t } = useTranslation()
  const whole = problems.get(path)
  const wholeId = `${fieldId(path)}-errors`
  const hintId = `${fieldId(path)}-hint`
  const formatHintId = `${fieldId(path)}-format-hint`

  // Long texts get room to be read whole; about 70 characters fit on a line of a column.
  const longest = Math.max(value.en.length, value.fr.length)
  const rows = Math.min(14, Math.max(3, Math.ceil(longest / 70) + 1))

  const input = (language: Language) => {
    const id = fieldId(`${path}.${language}`)
    const own = problems.get(`${path}.${language}`)
    const inputProps = {
      id,
      // Plain language codes, as the brief's content is tagged; the form is not locale-specific.
      lang: language,
      className: multiline ? 'text-area' : 'text-input',
      value: value[language],
      // A problem with the whole text (a language missing) marks the empty input, not the written one.
      'aria-invalid':
        (own?.length ?? 0) > 0 || ((whole?.length ?? 0) > 0 && value[language].trim() === '') ? true : undefined,
      'aria-describedby': describedBy(
        requiredWhenApproved && hintId,
        formatted && formatHintId,
        whole && whole.length > 0 && wholeId,
        own && own.length > 0 && `${id}-errors`
      ),
      onChange: (event: { target: { value: string } }) => onChange({ ...value, [language]: event.target.value })
    }
    return (
      <div key={language} className="bilingual-column">
        <label className="language-label" htmlFor={id}>
          <span className="visually-hidden">{label}, </span>
          {t(`languageNames.${language}`)}
        </label>
        {multiline ? <textarea rows={rows} {...inputProps} /> : <input type="text" {...inputProps} />}
        <FieldErrors id={`${id}-errors`} problems={own} />
      </div>
    )
  }

  return (
    <fieldset className="form-field bilingual-field" id={fieldId(path)}>
      <legend className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</legend>
      {requiredWhenApproved && (
        <p className="hint" id={hintId}>
          {t('form.requiredWhenApproved')}
        </p>
      )}
      <FieldErrors id={wholeId} problems={whole} />
      <div className="bilingual-row">{LANGUAGES.map(input)}</div>
      {formatted && (
        <p className="hint" id={formatHintId}>
          {t('textStructure.hint')}
        </p>
      )}
    </fieldset>
  )
}
