import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { fieldId } from '@renderer/lib/field-problems'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { Language } from '@shared/languages'
import { FieldErrors } from './field-errors'

interface Props<T> {
  path: string
  legend: string
  items: readonly T[]
  onChange: (items: T[]) => void
  create: () => T
  entryLabel: (index: number) => string
  addLabel: string
  removeLabel: (index: number) => string
  emptyText: string
  /** What the list is for, under its legend. */
  hint?: string
  renderEntry: (item: T, index: number, update: (item: T) => void) => ReactNode
  problems: ProblemMap
}

/**
 * A new entry's first field; when that is a text in both languages, its input in the interface's
 * language: a French officer's first words went into the English input and were saved as English.
 */
function firstField(entry: Element | undefined, language: Language): HTMLElement | null {
  const first = entry?.querySelector<HTMLElement>('input, textarea, select') ?? null
  if (first === null || !first.lang || first.lang === language) return first
  return first.closest('.bilingual-field')?.querySelector<HTMLElement>(`[lang="${language}"]`) ?? first
}

/**
 * A list the user grows and shrinks (key facts, people, responsive lines). After "Add", focus
 * goes to the new entry's first field; after "Remove", to the Add button, so keyboard users
 * never lose their place on a button that vanished.
 */
export function ListEditor<T>(props: Props<T>) {
  const { path, legend, items, onChange, create, entryLabel, addLabel, removeLabel, emptyText, renderEntry } = props
  const language = useUiLanguage()
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  // Where focus goes once the list has re-rendered after an add or a remove.
  const pendingFocus = useRef<number | 'add' | null>(null)

  useEffect(() => {
    const target = pendingFocus.current
    if (target === null) return
    const element = target === 'add' ? addRef.current : firstField(listRef.current?.children[target], language)
    // A render before the list holds the new entry (the change is still on its way through a
    // store) must not use the request up: it waits for the render that shows the entry.
    if (!element) return
    pendingFocus.current = null
    element.focus()
  })

  const update = (index: number, item: T) => onChange(items.map((each, at) => (at === index ? item : each)))
  const add = () => {
    onChange([...items, create()])
    pendingFocus.current = items.length
  }
  const remove = (index: number) => {
    onChange(items.filter((_each, at) => at !== index))
    pendingFocus.current = 'add'
  }

  return (
    <fieldset className="form-field list-editor" id={fieldId(path)}>
      <legend className="field-label">{legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      <FieldErrors id={`${fieldId(path)}-errors`} problems={props.problems.get(path)} />
      {items.length === 0 && <p className="hint">{emptyText}</p>}
      <ol className="list-editor-entries" ref={listRef}>
        {items.map((item, index) => (
          <li key={index} className="list-editor-entry">
            <fieldset className="list-editor-fieldset">
              <legend className="entry-label">{entryLabel(index)}</legend>
              {renderEntry(item, index, (next) => update(index, next))}
              <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>
                {removeLabel(index)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-secondary" ref={addRef} onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  )
}
