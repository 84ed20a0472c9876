import { useTranslation } from '@renderer/i18n/translation'
import { LIBRARY_KINDS, STATUSES } from '@shared/entities'
import { TOPICS } from '@shared/topics'
import { usePartners } from '@renderer/lib/partners-context'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { FilterChoices } from './bundle-filter'
import { FilterGroup } from './filter-group'

interface Props {
  choices: FilterChoices
  onChange: (choices: FilterChoices) => void
}

/** Which part of the library goes: kinds, statuses, partners and topics; every group given must match. */
export function BundleFilterFields({ choices, onChange }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { choices: partnerChoices } = usePartners()
  const set = (patch: Partial<FilterChoices>) => onChange({ ...choices, ...patch })
  return (
    <div className="bundle-filter" data-testid="bundle-filter">
      <p className="hint">{t('exchange.send.filterHint')}</p>
      <div className="bundle-filter-grid">
        <FilterGroup
          legend={t('exchange.send.kinds')}
          options={LIBRARY_KINDS.map((kind) => ({ value: kind, label: t(`library.kinds.${kind}`) }))}
          selected={choices.kinds}
          onChange={(kinds) => set({ kinds })}
        />
        <FilterGroup
          legend={t('exchange.send.statuses')}
          options={STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          selected={choices.statuses}
          onChange={(statuses) => set({ statuses })}
        />
      </div>
      <FilterGroup
        legend={t('exchange.send.partners')}
        hint={t('exchange.send.partnersHint')}
        options={partnerChoices(language)}
        selected={choices.partnerIds}
        onChange={(partnerIds) => set({ partnerIds })}
        scroll
      />
      <FilterGroup
        legend={t('exchange.send.topics')}
        hint={t('exchange.send.topicsHint')}
        options={TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
        selected={choices.topics}
        onChange={(topics) => set({ topics })}
        scroll
      />
    </div>
  )
}
