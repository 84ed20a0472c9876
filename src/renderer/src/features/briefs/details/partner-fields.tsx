import { useTranslation } from 'react-i18next'
import { CheckboxGroup } from '@renderer/components/fields/checkbox-group'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { partnerChoices, usePartners } from '@renderer/lib/partners-context'
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
  const { partners } = usePartners()
  const offered = partners.filter((partner) => partner.status !== 'retired' || partnerIds.includes(partner.id))
  return (
    <CheckboxGroup
      path="partnerIds"
      legend={t('composer.details.partners')}
      options={partnerChoices(offered, language)}
      selected={partnerIds}
      onChange={onChange}
      problems={problems}
      scroll
    />
  )
}
