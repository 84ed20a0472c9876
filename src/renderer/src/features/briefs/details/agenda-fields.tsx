import { useTranslation } from '@renderer/i18n/translation'
import { emptyAgendaItem } from '@shared/meeting-plan'
import type { AgendaItem } from '@shared/meeting-plan'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import type { ProblemMap } from '@renderer/lib/field-problems'

interface Props {
  value: AgendaItem[]
  onChange: (value: AgendaItem[]) => void
  problems: ProblemMap
}

/** The agenda, item by item, each with Canada's position and what Canada wants from it. */
export function AgendaFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  return (
    <ListEditor<AgendaItem>
      path="agenda"
      legend={t('composer.plan.agendaItems')}
      items={value}
      onChange={onChange}
      create={emptyAgendaItem}
      entryLabel={(index) => t('composer.plan.agendaItemN', { n: index + 1 })}
      addLabel={t('composer.plan.addAgendaItem')}
      removeLabel={(index) => t('composer.plan.removeAgendaItemN', { n: index + 1 })}
      emptyText={t('composer.plan.noAgendaItems')}
      problems={problems}
      renderEntry={(item, index, update) => (
        <>
          <BilingualInput
            path={`agenda.${index}.title`}
            label={t('composer.plan.agendaTitle')}
            value={item.title}
            onChange={(title) => update({ ...item, title })}
            problems={problems}
          />
          <BilingualInput
            path={`agenda.${index}.position`}
            label={t('composer.plan.position')}
            value={item.position}
            onChange={(position) => update({ ...item, position })}
            problems={problems}
            multiline
            formatted
          />
          <BilingualInput
            path={`agenda.${index}.objective`}
            label={t('composer.plan.objective')}
            value={item.objective}
            onChange={(objective) => update({ ...item, objective })}
            problems={problems}
            multiline
            formatted
          />
        </>
      )}
    />
  )
}
