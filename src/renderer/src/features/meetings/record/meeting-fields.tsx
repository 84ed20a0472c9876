import { useTranslation } from '@renderer/i18n/translation'
import { BRIEF_LANGUAGES } from '@shared/languages'
import type { BriefLanguage } from '@shared/languages'
import { MARKINGS, markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { RecordFieldsProps } from './record-fields'

/** The record's title, the meeting's date and time, its language and marking, and the summary. */
export function MeetingFields({ record, change, problems }: RecordFieldsProps) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <section className="form-section" aria-labelledby="record-meeting">
      <h2 id="record-meeting">{t('meetings.record.meeting')}</h2>
      <BilingualInput
        path="title"
        label={t('meetings.record.title')}
        value={record.title}
        onChange={(title) => change((current) => ({ ...current, title }))}
        problems={problems}
      />
      <div className="form-row">
        <TextField
          path="meeting.date"
          type="date"
          label={t('meetings.record.date')}
          value={record.meeting.date}
          onChange={(date) => change((current) => ({ ...current, meeting: { ...current.meeting, date } }))}
          problems={problems}
        />
        <TextField
          path="meeting.time"
          type="time"
          label={t('meetings.record.time')}
          value={record.meeting.time}
          onChange={(time) => change((current) => ({ ...current, meeting: { ...current.meeting, time } }))}
          problems={problems}
        />
        <SelectField
          path="language"
          label={t('meetings.record.language')}
          value={record.language}
          options={BRIEF_LANGUAGES.map((each) => ({ value: each, label: t(`meetings.languages.${each}`) }))}
          onChange={(value) => change((current) => ({ ...current, language: value as BriefLanguage }))}
          problems={problems}
        />
        <SelectField
          path="marking"
          label={t('meetings.record.marking')}
          value={record.marking}
          options={MARKINGS.map((marking) => ({ value: marking, label: markingLabel(marking, language) }))}
          onChange={(value) => change((current) => ({ ...current, marking: value as Marking }))}
          problems={problems}
        />
      </div>
      <p className="hint">{t('meetings.record.markingHint')}</p>
      <BilingualInput
        path="summary"
        label={t('meetings.record.summary')}
        value={record.summary}
        onChange={(summary) => change((current) => ({ ...current, summary }))}
        problems={problems}
        multiline
        formatted
      />
    </section>
  )
}
