import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Participant } from '@shared/entities'
import type { MeetingRecord } from '@shared/records'
import { LocalizedText } from '@renderer/components/localized-text'
import type { RecordFieldsProps } from './record-fields'

type Side = keyof MeetingRecord['attendees']
const SIDES: readonly Side[] = ['canada', 'partner']

/**
 * Who actually attended, on each side: the brief's participants to start with; whoever did not
 * come is taken off, whoever came instead is added by name and title.
 */
export function AttendeesFields({ record, change }: RecordFieldsProps) {
  const { t } = useTranslation()
  const remove = (side: Side, index: number) =>
    change((current) => ({
      ...current,
      attendees: { ...current.attendees, [side]: current.attendees[side].filter((_, at) => at !== index) }
    }))
  const add = (side: Side, person: Participant) =>
    change((current) => ({
      ...current,
      attendees: { ...current.attendees, [side]: [...current.attendees[side], person] }
    }))
  return (
    <section className="form-section" aria-labelledby="record-attendees">
      <h2 id="record-attendees">{t('meetings.record.attendees')}</h2>
      <p className="hint">{t('meetings.record.attendeesHint')}</p>
      {SIDES.map((side) => (
        <fieldset key={side} className="form-field attendee-side">
          <legend className="field-label">{t(`meetings.side.${side}`)}</legend>
          <ul className="plain-list">
            {record.attendees[side].map((person, index) => (
              <li key={`${index}:${person.name}`} className="attendee">
                <span>
                  <strong>{person.name.trim() || t('form.nameToBeConfirmed')}</strong>
                  {(person.title.en.trim() !== '' || person.title.fr.trim() !== '') && ', '}
                  <LocalizedText value={person.title} />
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => remove(side, index)}
                >
                  {t('meetings.record.didNotAttend')}
                  <span className="visually-hidden">: {person.name.trim() || t('form.nameToBeConfirmed')}</span>
                </button>
              </li>
            ))}
          </ul>
          <AddAttendee side={side} onAdd={(person) => add(side, person)} />
        </fieldset>
      ))}
    </section>
  )
}

function AddAttendee({ side, onAdd }: { side: Side; onAdd: (person: Participant) => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  const empty = name.trim() === '' && title.trim() === ''
  const submit = () => {
    if (empty) return
    // A title typed once stands in both languages until someone translates it in the brief's way.
    onAdd({
      name: name.trim(),
      title: { en: title.trim(), fr: title.trim() },
      organization: { en: '', fr: '' },
      personId: null
    })
    setName('')
    setTitle('')
  }
  return (
    <div className="form-row add-attendee">
      <div className="form-field">
        <label className="field-label" htmlFor={`attendee-${side}-name`}>
          {t('meetings.record.attendeeName')}
        </label>
        <input
          id={`attendee-${side}-name`}
          className="text-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={`attendee-${side}-title`}>
          {t('meetings.record.attendeeTitle')}
        </label>
        <input
          id={`attendee-${side}-title`}
          className="text-input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <button type="button" className="button button-secondary" disabled={empty} onClick={submit}>
        {t('meetings.record.addAttendee')}
      </button>
    </div>
  )
}
