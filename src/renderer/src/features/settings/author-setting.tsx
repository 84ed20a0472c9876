import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/entities'
import { SaveStatus } from './save-status'
import { useSaveSettings } from './use-save-settings'

interface Props {
  author: string
  onSaved: (settings: Settings) => void
}

/** The name written into exported documents; saved when the field is left or the form sent. */
export function AuthorSetting({ author, onSaved }: Props) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState(author)
  const { saveState, save } = useSaveSettings(onSaved)
  // The value last sent: clicking Save blurs the field first, and one change is one save.
  const sent = useRef(author)

  const commit = () => {
    const value = draft.trim()
    // Leaving the field unchanged is not a save; saying "Saved." then would be noise.
    if (value === sent.current) return
    sent.current = value
    void save({ author: value }).then((saved) => {
      if (!saved) sent.current = author
    })
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    commit()
  }

  return (
    <form className="setting" onSubmit={submit}>
      <label className="field-label" htmlFor="author">
        {t('settings.author.label')}
      </label>
      <p className="hint" id="author-hint">
        {t('settings.author.hint')}
      </p>
      <div className="field-row">
        <input
          id="author"
          className="text-input"
          type="text"
          autoComplete="name"
          maxLength={500}
          value={draft}
          aria-describedby="author-hint"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
        />
        <button type="submit" className="button">
          {t('settings.author.save')}
        </button>
      </div>
      <SaveStatus saveState={saveState} />
    </form>
  )
}
