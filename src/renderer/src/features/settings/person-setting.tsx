import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Settings } from '@shared/entities'
import { SaveStatus } from './save-status'
import { useSaveSettings } from './use-save-settings'

interface Props {
  /** Which line about the user: the name (history, Word documents, bundles) or the office (bundles). */
  field: 'author' | 'office'
  value: string
  onSaved: (settings: Settings) => void
}

const WORDS = {
  author: { id: 'author', words: 'people.name', autoComplete: 'name' },
  office: { id: 'office', words: 'people.office', autoComplete: 'organization' }
} as const

/** The user's name or office; saved when the field is left or the form sent. */
export function PersonSetting({ field, value, onSaved }: Props) {
  const { t } = useTranslation()
  const { id, words, autoComplete } = WORDS[field]
  const [draft, setDraft] = useState(value)
  const { saveState, save } = useSaveSettings(onSaved)
  // The value last sent: clicking Save blurs the field first, and one change is one save.
  const sent = useRef(value)

  const commit = () => {
    const next = draft.trim()
    // Leaving the field unchanged is not a save; saying "Saved." then would be noise.
    if (next === sent.current) return
    sent.current = next
    void save({ [field]: next }).then((saved) => {
      if (!saved) sent.current = value
    })
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    commit()
  }

  return (
    <form className="setting" onSubmit={submit}>
      <label className="field-label" htmlFor={id}>
        {t(`${words}.label`)}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t(`${words}.hint`)}
      </p>
      <div className="field-row">
        <input
          id={id}
          className="text-input"
          type="text"
          autoComplete={autoComplete}
          maxLength={500}
          value={draft}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
        />
        <button type="submit" className="button">
          {t('people.save')}
        </button>
      </div>
      <SaveStatus saveState={saveState} />
    </form>
  )
}
