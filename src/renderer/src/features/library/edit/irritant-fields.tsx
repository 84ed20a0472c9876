import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryDraftByKind } from '@shared/library-inputs'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { usePartners } from '@renderer/lib/partners-context'
import { newEntryId } from './drafts'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { ListEditor } from '@renderer/components/fields/list-editor'
import { SelectField } from '@renderer/components/fields/select-field'

type IrritantDraft = LibraryDraftByKind['irritant']
type Line = IrritantDraft['responsiveLines'][number]

interface Props {
  draft: IrritantDraft
  onChange: (patch: Partial<IrritantDraft>) => void
  problems: ProblemMap
}

// A select cannot hold null; the empty value stands for "any partner".
const ANY = ''

/** An irritant's title, context and the lines to use if it is raised. */
export function IrritantFields({ draft, onChange, problems }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { choices } = usePartners()
  const options = [{ value: ANY, label: t('form.anyPartner') }, ...choices(language)]

  return (
    <>
      <BilingualInput
        path="title"
        label={t('fields.title')}
        value={draft.title}
        onChange={(title) => onChange({ title })}
        problems={problems}
        requiredWhenApproved
      />
      <BilingualInput
        path="context"
        label={t('fields.context')}
        value={draft.context}
        onChange={(context) => onChange({ context })}
        problems={problems}
        multiline
        formatted
        requiredWhenApproved
      />
      <ListEditor<Line>
        path="responsiveLines"
        legend={t('fields.responsiveLines')}
        items={draft.responsiveLines}
        onChange={(responsiveLines) => onChange({ responsiveLines })}
        create={() => ({ id: newEntryId('line'), text: { en: '', fr: '' }, partnerId: null })}
        entryLabel={(index) => t('form.lineN', { n: index + 1 })}
        addLabel={t('form.addLine')}
        removeLabel={(index) => t('form.removeLineN', { n: index + 1 })}
        emptyText={t('form.noLines')}
        problems={problems}
        renderEntry={(line, index, update) => (
          <>
            <SelectField
              path={`responsiveLines.${index}.partnerId`}
              label={t('form.linePartner')}
              value={line.partnerId ?? ANY}
              options={options}
              onChange={(value) => update({ ...line, partnerId: value === ANY ? null : value })}
              problems={problems}
            />
            <BilingualInput
              path={`responsiveLines.${index}.text`}
              label={t('form.lineText')}
              value={line.text}
              onChange={(text) => update({ ...line, text })}
              problems={problems}
              multiline
              formatted
            />
            <BilingualInput
              path={`responsiveLines.${index}.shortForm`}
              label={t('form.shortForm')}
              value={line.shortForm ?? { en: '', fr: '' }}
              onChange={(shortForm) => update({ ...line, shortForm })}
              problems={problems}
            />
          </>
        )}
      />
    </>
  )
}
