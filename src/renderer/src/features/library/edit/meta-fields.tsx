import { useTranslation } from '@renderer/i18n/translation'
import { STATUSES } from '@shared/entities'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import { MARKINGS, markingLabel } from '@shared/markings'
import { TOPICS } from '@shared/topics'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { usePartners } from '@renderer/lib/partners-context'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { CheckboxGroup } from '@renderer/components/fields/checkbox-group'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'

/** How every item is filed, whatever its kind. */
export type MetaDraft = Pick<
  LibraryDraftByKind['keyMessage'],
  'status' | 'marking' | 'owner' | 'topics' | 'lastReviewed' | 'reviewBy'
>

interface Props {
  draft: MetaDraft
  onChange: (patch: Partial<MetaDraft>) => void
  /** The partners the item is linked to, and where to keep them (partnerIds or relatedPartnerIds). */
  links: { path: string; legend: string; selected: string[]; onChange: (ids: string[]) => void; exclude?: string }
  problems: ProblemMap
}

/** Status, marking, owner, topics, linked partners and review dates. */
export function MetaFields({ draft, onChange, links, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { choices } = usePartners()
  const partnerOptions = choices(language).filter((option) => option.value !== links.exclude)

  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{t('form.filing')}</legend>
      <div className="form-grid">
        <SelectField
          path="status"
          label={t('fields.status')}
          value={draft.status}
          options={STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          onChange={(status) => onChange({ status: status as MetaDraft['status'] })}
          problems={problems}
        />
        <SelectField
          path="marking"
          label={t('fields.marking')}
          value={draft.marking}
          options={MARKINGS.map((marking) => ({ value: marking, label: markingLabel(marking, language) }))}
          onChange={(marking) => onChange({ marking })}
          problems={problems}
        />
        <TextField
          path="lastReviewed"
          type="date"
          label={t('fields.lastReviewed')}
          value={draft.lastReviewed}
          onChange={(lastReviewed) => onChange({ lastReviewed })}
          problems={problems}
        />
        <TextField
          path="reviewBy"
          type="date"
          label={t('fields.reviewBy')}
          value={draft.reviewBy}
          onChange={(reviewBy) => onChange({ reviewBy })}
          problems={problems}
        />
      </div>
      <TextField
        path="owner"
        label={t('fields.owner')}
        hint={t('form.ownerHint')}
        value={draft.owner}
        onChange={(owner) => onChange({ owner })}
        problems={problems}
      />
      <CheckboxGroup
        path="topics"
        legend={t('fields.topics')}
        options={TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
        selected={draft.topics}
        onChange={(topics) => onChange({ topics: topics as MetaDraft['topics'] })}
        problems={problems}
      />
      <CheckboxGroup
        path={links.path}
        legend={links.legend}
        options={partnerOptions}
        selected={links.selected}
        onChange={links.onChange}
        problems={problems}
        scroll
      />
    </fieldset>
  )
}
