import { useTranslation } from '@renderer/i18n/translation'
import { CheckboxGroup } from '@renderer/components/fields/checkbox-group'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { usePartners } from '@renderer/lib/partners-context'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  partnerIds: string[]
  onChange: (partnerIds: string[]) => void
  problems: ProblemMap
}

/** The meeting's partners, chosen from the library's partners (retired ones left out unless already chosen). */
export function PartnerFields({ partnerIds, onChange, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { partners, choices } = usePartners()
  const retired = new Set(partners.flatMap((partner) => (partner.status === 'retired' ? [partner.id] : [])))
  const offered = choices(language).filter((option) => !retired.has(option.value) || partnerIds.includes(option.value))
  return (
    <CheckboxGroup
      path="partnerIds"
      legend={t('composer.details.partners')}
      options={offered}
      selected={partnerIds}
      onChange={onChange}
      problems={problems}
      scroll
    />
  )
}
