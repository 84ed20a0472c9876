import { LANGUAGE_TAGS } from '@shared/languages'
import { DateEcho, dateEchoId } from '@renderer/components/date-echo'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { describedBy, FieldErrors } from './field-errors'

interface Props {
  path: string
  label: string
  value: string
  onChange: (value: string) => void
  problems: ProblemMap
  type?: 'text' | 'date' | 'time' | 'tel' | 'number'
  hint?: string
  /** What the browser may fill in (name, organization); off unless given. */
  autoComplete?: string
  maxLength?: number
}

/** One labelled input (plain text, a date or a time of day), its hint and its errors. */
export function TextField(props: Props) {
  const { path, label, value, onChange, problems, type = 'text', hint, autoComplete, maxLength } = props
  const id = fieldId(path)
  // Chromium writes a date or time input's value in the format of the input's language.
  const language = LANGUAGE_TAGS[useUiLanguage()]
  const own = problems.get(path)
  const invalid = (own?.length ?? 0) > 0
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        lang={type === 'text' ? undefined : language}
        className="text-input"
        value={value}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(
          hint && `${id}-hint`,
          type === 'date' && dateEchoId(id, value),
          invalid && `${id}-errors`
        )}
        onChange={(event) => onChange(event.target.value)}
      />
      {type === 'date' && <DateEcho id={`${id}-date`} value={value} />}
      <FieldErrors id={`${id}-errors`} problems={own} />
    </div>
  )
}
