import { useId } from 'react'
import type { SelectOption } from '@renderer/components/fields/select-field'

interface Props<T extends string> {
  legend: string
  hint?: string
  options: readonly SelectOption[]
  selected: readonly T[]
  onChange: (selected: T[]) => void
  /** Long lists (partners, topics) scroll inside a box instead of pushing the form down. */
  scroll?: boolean
}

/** A set of checkboxes with a hint; hands back the ticked values in the order of `options`. */
export function FilterGroup<T extends string>({ legend, hint, options, selected, onChange, scroll }: Props<T>) {
  const hintId = useId()
  const toggle = (value: T, on: boolean) => {
    const next = new Set<string>(selected)
    if (on) next.add(value)
    else next.delete(value)
    onChange(options.map((option) => option.value as T).filter((each) => next.has(each)))
  }
  return (
    <fieldset className="form-field filter-group-box" aria-describedby={hint ? hintId : undefined}>
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className={scroll ? 'checkbox-list checkbox-list-scroll' : 'checkbox-list'}>
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              value={option.value}
              checked={selected.includes(option.value as T)}
              onChange={(event) => toggle(option.value as T, event.target.checked)}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
