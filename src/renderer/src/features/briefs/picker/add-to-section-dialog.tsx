import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent, SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BriefSection } from '@shared/entities'
import { itemTitle } from '@shared/entities'
import { pick } from '@shared/languages'
import type { LibraryHit } from '@shared/operations'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  hit: LibraryHit
  sections: readonly BriefSection[]
  defaultSectionId: string | null
  onAdd: (sectionId: string) => void
  onCancel: () => void
}

/**
 * Which section gets the item: the one matching its kind is chosen and focused, so Enter adds
 * it there; arrows pick another. A modal <dialog>; Escape cancels; focus goes back to "Add".
 */
export function AddToSectionDialog({ hit, sections, defaultSectionId, onAdd, onCancel }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [chosen, setChosen] = useState(defaultSectionId ?? sections[0]?.id ?? '')

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = dialogRef.current
    dialog?.showModal()
    dialog?.querySelector<HTMLInputElement>('input:checked')?.focus()
    return () => {
      dialog?.close()
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  const onDialogCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    onCancel()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (chosen !== '') onAdd(chosen)
  }
  const name = pick(itemTitle(hit.kind, hit.item), language) || t('library.untitled')

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog-neutral"
      aria-labelledby={titleId}
      onCancel={onDialogCancel}
      data-testid="add-dialog"
    >
      <form onSubmit={submit}>
        <h2 id={titleId} className="dialog-title">
          {t('composer.picker.addTitle', { title: name })}
        </h2>
        <fieldset className="filter-group section-choices">
          <legend className="filter-label">{t('composer.picker.whichSection')}</legend>
          {sections.map((section) => (
            <label key={section.id} className="radio">
              <input
                type="radio"
                name="section"
                value={section.id}
                checked={chosen === section.id}
                onChange={() => setChosen(section.id)}
              />
              {pick(section.title, language) || t('composer.outline.untitledSection')}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('composer.cancel')}
          </button>
          <button type="submit" className="button" disabled={chosen === ''}>
            {t('composer.picker.addConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
