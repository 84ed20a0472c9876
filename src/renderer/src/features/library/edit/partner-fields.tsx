import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { PARTNER_KINDS } from '@shared/entities'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import type { BilingualText } from '@shared/languages'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'
import { FiguresEditor } from './figures-editor'
import { KeyFactsEditor } from './key-facts-editor'
import { PeopleEditor } from './people-editor'

type PartnerDraft = LibraryDraftByKind['partner']

interface Props {
  draft: PartnerDraft
  onChange: (patch: Partial<PartnerDraft>) => void
  problems: ProblemMap
}

/** Tags typed as one line, separated by commas. */
function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '')
}

/** A partner profile: what it is, its summary and relationship, key facts, people, programmes, tags. */
export function PartnerFields({ draft, onChange, problems }: Props) {
  const { t } = useTranslation()
  // The typed line is kept as typed ("asylum, "), and the tags follow it.
  const [tagsText, setTagsText] = useState(draft.tags.join(', '))

  return (
    <>
      <SelectField
        path="kind"
        label={t('fields.kind')}
        value={draft.kind}
        options={PARTNER_KINDS.map((kind) => ({ value: kind, label: t(`partnerKinds.${kind}`) }))}
        onChange={(kind) => onChange({ kind: kind as PartnerDraft['kind'] })}
        problems={problems}
      />
      <BilingualInput
        path="name"
        label={t('fields.name')}
        value={draft.name}
        onChange={(name) => onChange({ name })}
        problems={problems}
        requiredWhenApproved
      />
      <BilingualInput
        path="summary"
        label={t('fields.summary')}
        value={draft.summary}
        onChange={(summary) => onChange({ summary })}
        problems={problems}
        multiline
        formatted
        requiredWhenApproved
      />
      <BilingualInput
        path="relationship"
        label={t('fields.relationship')}
        value={draft.relationship}
        onChange={(relationship) => onChange({ relationship })}
        problems={problems}
        multiline
        formatted
      />
      <KeyFactsEditor facts={draft.keyFacts} onChange={(keyFacts) => onChange({ keyFacts })} problems={problems} />
      <PeopleEditor people={draft.people} onChange={(people) => onChange({ people })} problems={problems} />
      <FiguresEditor figures={draft.figures ?? []} onChange={(figures) => onChange({ figures })} problems={problems} />
      <ListEditor<BilingualText>
        path="programmes"
        legend={t('fields.programmes')}
        items={draft.programmes}
        onChange={(programmes) => onChange({ programmes })}
        create={() => ({ en: '', fr: '' })}
        entryLabel={(index) => t('form.programmeN', { n: index + 1 })}
        addLabel={t('form.addProgramme')}
        removeLabel={(index) => t('form.removeProgrammeN', { n: index + 1 })}
        emptyText={t('form.noProgrammes')}
        problems={problems}
        renderEntry={(programme, index, update) => (
          <BilingualInput
            path={`programmes.${index}`}
            label={t('form.programmeN', { n: index + 1 })}
            hideLabel
            value={programme}
            onChange={update}
            problems={problems}
          />
        )}
      />
      <TextField
        path="tags"
        label={t('fields.tags')}
        hint={t('form.tagsHint')}
        value={tagsText}
        onChange={(text) => {
          setTagsText(text)
          onChange({ tags: splitTags(text) })
        }}
        problems={problems}
      />
    </>
  )
}
