import type { ProblemMap } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { describedBy, FieldErrors } from './field-errors'

/** One choice of a select, with the language of its label when it is content (a partner's name). */
export interface SelectOption {
  value: string
  label: string
  lang?: string
}

interface Props {
  path: string
  label: string
  value: string
  options: readonly SelectOption[]
  onChange: (value: string) => void
  problems: ProblemMap
}

/** One labelled select and its errors. */
export function SelectField({ path, label, value, options, onChange, problems }: Props) {
  const id = fieldId(path)
  const own = problems.get(path)
  const invalid = (own?.length ?? 0) > 0
  return (
    <div className="form-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select-input"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(invalid && `${id}-errors`)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-errors`} problems={own} />
    </div>
  )
}
