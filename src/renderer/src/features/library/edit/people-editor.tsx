import { useTranslation } from '@renderer/i18n/translation'
import type { Person } from '@shared/entities'
import { newEntryId } from './drafts'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { TextField } from '@renderer/components/fields/text-field'

interface Props {
  people: Person[]
  onChange: (people: Person[]) => void
  problems: ProblemMap
}

const blank = () => ({ en: '', fr: '' })

/** People the officer may meet: a name (one, whatever the language), title, organization and bio. */
export function PeopleEditor({ people, onChange, problems }: Props) {
  const { t } = useTranslation()
  return (
    <ListEditor<Person>
      path="people"
      legend={t('fields.people')}
      items={people}
      onChange={onChange}
      create={() => ({ id: newEntryId('person'), name: '', title: blank(), organization: blank(), bio: blank() })}
      entryLabel={(index) => t('form.personN', { n: index + 1 })}
      addLabel={t('form.addPerson')}
      removeLabel={(index) => t('form.removePersonN', { n: index + 1 })}
      emptyText={t('form.noPeople')}
      problems={problems}
      renderEntry={(person, index, update) => (
        <>
          <TextField
            path={`people.${index}.name`}
            label={t('form.personName')}
            hint={t('form.personNameHint')}
            value={person.name}
            onChange={(name) => update({ ...person, name })}
            problems={problems}
          />
          <BilingualInput
            path={`people.${index}.title`}
            label={t('form.personTitle')}
            value={person.title}
            onChange={(title) => update({ ...person, title })}
            problems={problems}
          />
          <BilingualInput
            path={`people.${index}.organization`}
            label={t('form.personOrganization')}
            value={person.organization}
            onChange={(organization) => update({ ...person, organization })}
            problems={problems}
          />
          <BilingualInput
            path={`people.${index}.bio`}
            label={t('form.personBio')}
            value={person.bio}
            onChange={(bio) => update({ ...person, bio })}
            problems={problems}
            multiline
            formatted
          />
        </>
      )}
    />
  )
}
