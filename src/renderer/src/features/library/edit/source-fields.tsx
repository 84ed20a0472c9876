import { useTranslation } from '@renderer/i18n/translation'
import type { Source } from '@shared/source'
import type { ProblemMap } from '@renderer/lib/field-problems'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { TextField } from '@renderer/components/fields/text-field'

interface Props {
  source: Source
  onChange: (source: Source) => void
  problems: ProblemMap
}

/** Where the content comes from: document or person, section, link, as-of date and a note; all optional. */
export function SourceFields({ source, onChange, problems }: Props) {
  const { t } = useTranslation()
  const set = (patch: Partial<Source>) => onChange({ ...source, ...patch })
  return (
    <fieldset className="form-section">
      <legend className="form-section-title">{t('fields.source')}</legend>
      <p className="hint">{t('form.sourceHint')}</p>
      <BilingualInput
        path="source.document"
        label={t('form.sourceDocument')}
        value={source.document}
        onChange={(document) => set({ document })}
        problems={problems}
      />
      <BilingualInput
        path="source.section"
        label={t('form.sourceSection')}
        value={source.section}
        onChange={(section) => set({ section })}
        problems={problems}
      />
      <div className="form-grid">
        <TextField
          path="source.link"
          label={t('form.sourceLink')}
          value={source.link}
          onChange={(link) => set({ link })}
          problems={problems}
        />
        <TextField
          path="source.asOf"
          label={t('form.sourceAsOf')}
          hint={t('form.sourceAsOfHint')}
          value={source.asOf}
          onChange={(asOf) => set({ asOf: asOf.trim() })}
          problems={problems}
        />
      </div>
      <BilingualInput
        path="source.note"
        label={t('form.sourceNote')}
        value={source.note}
        onChange={(note) => set({ note })}
        problems={problems}
        multiline
      />
    </fieldset>
  )
}
