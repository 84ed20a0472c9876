import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { BriefSection } from '@shared/entities'
import { itemTitle } from '@shared/entities'
import { pick } from '@shared/languages'
import type { LibraryHit } from '@shared/operations'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useModalDialog } from '@renderer/lib/use-modal-dialog'

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
  const { dialogRef, initialFocusRef, onCancel: onDialogCancel, onKeyDown } = useModalDialog<HTMLInputElement>(onCancel)
  const titleId = useId()
  const [chosen, setChosen] = useState(defaultSectionId ?? sections[0]?.id ?? '')
  // Focus starts on the section chosen at first; the arrows pick another.
  const [firstChoice] = useState(chosen)
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
      onKeyDown={onKeyDown}
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
                ref={section.id === firstChoice ? initialFocusRef : undefined}
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
