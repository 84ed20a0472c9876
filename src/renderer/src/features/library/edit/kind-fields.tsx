import { useTranslation } from '@renderer/i18n/translation'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { IrritantFields } from './irritant-fields'
import { PartnerFields } from './partner-fields'
import { TitledFields } from './titled-fields'
import type { KindDraft } from './use-item-form'

interface Props {
  value: KindDraft
  onChange: (patch: object) => void
  problems: ProblemMap
}

/** The fields only this kind of item has. */
export function KindFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  switch (value.kind) {
    case 'partner':
      return <PartnerFields draft={value.draft} onChange={onChange} problems={problems} />
    case 'irritant':
      return <IrritantFields draft={value.draft} onChange={onChange} problems={problems} />
    case 'keyMessage':
      return (
        <>
          <TitledFields
            title={value.draft.title}
            body={{ path: 'text', value: value.draft.text }}
            onChange={onChange}
            problems={problems}
          />
          <BilingualInput
            path="shortForm"
            label={t('form.shortForm')}
            value={value.draft.shortForm ?? { en: '', fr: '' }}
            onChange={(shortForm) => onChange({ shortForm })}
            problems={problems}
          />
        </>
      )
    case 'backgroundNote':
      return (
        <TitledFields
          title={value.draft.title}
          body={{ path: 'body', value: value.draft.body }}
          onChange={onChange}
          problems={problems}
        />
      )
  }
}
