import { useTranslation } from '@renderer/i18n/translation'
import type { BilingualText } from '@shared/languages'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'

interface Props {
  title: BilingualText
  /** The main text: a key message's text or a background note's body. */
  body: { path: 'text' | 'body'; value: BilingualText }
  onChange: (patch: { title?: BilingualText; text?: BilingualText; body?: BilingualText }) => void
  problems: ProblemMap
}

/** Title and text, the content of a key message or a background note. */
export function TitledFields({ title, body, onChange, problems }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <BilingualInput
        path="title"
        label={t('fields.title')}
        value={title}
        onChange={(value) => onChange({ title: value })}
        problems={problems}
        requiredWhenApproved
      />
      <BilingualInput
        path={body.path}
        label={t(`fields.${body.path}`)}
        value={body.value}
        onChange={(value) => onChange({ [body.path]: value })}
        problems={problems}
        multiline
        formatted
        requiredWhenApproved
      />
    </>
  )
}
