import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { Brief, Participant } from '@shared/entities'
import { pick } from '@shared/languages'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { TextField } from '@renderer/components/fields/text-field'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { usePartnerRecords } from '@renderer/lib/use-partner-records'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { emptyParticipant, participantFrom } from '../new/brief-draft'

type Sides = Brief['participants']
type Side = keyof Sides

interface Props {
  partnerIds: readonly string[]
  participants: Sides
  onChange: (participants: Sides) => void
  problems: ProblemMap
}

/**
 * Who attends on each side: typed, or, for the partner's side, picked from the chosen partners'
 * people. The name is written once; the title and organization in English and French, as the
 * document prints them in its language.
 */
export function ParticipantsFields({ partnerIds, participants, onChange, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const records = usePartnerRecords(partnerIds)
  const [picked, setPicked] = useState('')
  const chosen = partnerIds.flatMap((id) => records.get(id) ?? [])
  const people = chosen.flatMap((partner) => partner.people.map((person) => ({ partner, person })))
  const taken = new Set(participants.partner.map((each) => each.personId))

  const setSide = (side: Side, list: Participant[]) => onChange({ ...participants, [side]: list })
  const addPicked = () => {
    const found = people.find(({ person }) => person.id === picked)
    if (!found) return
    setSide('partner', [...participants.partner, participantFrom(found.person, found.partner)])
    setPicked('')
  }

  const editor = (side: Side) => (
    <ListEditor<Participant>
      path={`participants.${side}`}
      legend={t(`composer.details.side.${side}`)}
      items={participants[side]}
      onChange={(list) => setSide(side, list)}
      create={emptyParticipant}
      entryLabel={(index) => t('composer.details.participantN', { n: index + 1 })}
      addLabel={t('composer.details.addParticipant')}
      removeLabel={(index) => t('composer.details.removeParticipantN', { n: index + 1 })}
      emptyText={t('composer.details.noParticipants')}
      problems={problems}
      renderEntry={(person, index, update) => (
        <div className="participant-fields">
          <TextField
            path={`participants.${side}.${index}.name`}
            label={t('composer.details.participant.name')}
            hint={t('composer.details.participant.nameHint')}
            value={person.name}
            onChange={(name) => update({ ...person, name })}
            problems={problems}
          />
          {(['title', 'organization'] as const).map((field) => (
            <BilingualInput
              key={field}
              path={`participants.${side}.${index}.${field}`}
              label={t(`composer.details.participant.${field}`)}
              value={person[field]}
              onChange={(value) => update({ ...person, [field]: value })}
              problems={problems}
            />
          ))}
        </div>
      )}
    />
  )

  return (
    <div className="participants-fields">
      {editor('canada')}
      {people.length > 0 && (
        <div className="form-field people-picker">
          <label className="field-label" htmlFor="people-picker">
            {t('composer.details.pickPerson')}
          </label>
          <div className="field-row">
            <select
              id="people-picker"
              className="select-input"
              value={picked}
              onChange={(event) => setPicked(event.target.value)}
            >
              <option value="">{t('composer.details.choosePerson')}</option>
              {people.map(({ partner, person }) => (
                <option key={person.id} value={person.id} disabled={taken.has(person.id)}>
                  {`${person.name.trim() || t('form.nameToBeConfirmed')}, ${pick(person.title, language)} (${pick(partner.name, language)})`}
                </option>
              ))}
            </select>
            <button type="button" className="button button-secondary" onClick={addPicked} disabled={picked === ''}>
              {t('composer.details.addPerson')}
            </button>
          </div>
        </div>
      )}
      {editor('partner')}
    </div>
  )
}
