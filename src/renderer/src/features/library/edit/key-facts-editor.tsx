import { useTranslation } from '@renderer/i18n/translation'
import type { KeyFact } from '@shared/entities'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'

interface Props {
  facts: KeyFact[]
  onChange: (facts: KeyFact[]) => void
  problems: ProblemMap
}

/** Label and value pairs such as "Youth mobility arrangement: yes", in both languages. */
export function KeyFactsEditor({ facts, onChange, problems }: Props) {
  const { t } = useTranslation()
  return (
    <ListEditor<KeyFact>
      path="keyFacts"
      legend={t('fields.keyFacts')}
      items={facts}
      onChange={onChange}
      create={() => ({ label: { en: '', fr: '' }, value: { en: '', fr: '' } })}
      entryLabel={(index) => t('form.keyFactN', { n: index + 1 })}
      addLabel={t('form.addKeyFact')}
      removeLabel={(index) => t('form.removeKeyFactN', { n: index + 1 })}
      emptyText={t('form.noKeyFacts')}
      problems={problems}
      renderEntry={(fact, index, update) => (
        <>
          <BilingualInput
            path={`keyFacts.${index}.label`}
            label={t('form.factLabel')}
            value={fact.label}
            onChange={(label) => update({ ...fact, label })}
            problems={problems}
          />
          <BilingualInput
            path={`keyFacts.${index}.value`}
            label={t('form.factValue')}
            value={fact.value}
            onChange={(value) => update({ ...fact, value })}
            problems={problems}
          />
        </>
      )}
    />
  )
}
