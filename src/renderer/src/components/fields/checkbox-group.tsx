import type { ProblemMap } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { FieldErrors } from './field-errors'
import type { SelectOption } from './select-field'

interface Props {
  path: string
  legend: string
  options: readonly SelectOption[]
  selected: readonly string[]
  onChange: (selected: string[]) => void
  problems: ProblemMap
  /** Long lists (partners) scroll inside a box instead of pushing the form down. */
  scroll?: boolean
}

/** A set of choices as checkboxes; keeps the order of `options` in what it hands back. */
export function CheckboxGroup({ path, legend, options, selected, onChange, problems, scroll }: Props) {
  const id = fieldId(path)
  const own = problems.get(path)
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(selected)
    if (checked) next.add(value)
    else next.delete(value)
    onChange(options.map((option) => option.value).filter((each) => next.has(each)))
  }
  return (
    <fieldset className="form-field" id={id} aria-describedby={own ? `${id}-errors` : undefined}>
      <legend className="field-label">{legend}</legend>
      <FieldErrors id={`${id}-errors`} problems={own} />
      <div className={scroll ? 'checkbox-list checkbox-list-scroll' : 'checkbox-list'}>
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
