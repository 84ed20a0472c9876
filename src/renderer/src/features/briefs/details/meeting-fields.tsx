import { useTranslation } from '@renderer/i18n/translation'
import type { Brief } from '@shared/entities'
import { MEETING_FORMATS } from '@shared/entities'
import { BilingualInput } from '@renderer/components/fields/bilingual-input'
import { SelectField } from '@renderer/components/fields/select-field'
import { TextField } from '@renderer/components/fields/text-field'
import type { ProblemMap } from '@renderer/lib/field-problems'

/** The parts of a brief these fields edit. */
export type MeetingValue = Pick<Brief, 'title' | 'meeting' | 'objectives'>

interface Props {
  value: MeetingValue
  onChange: (patch: Partial<MeetingValue>) => void
  problems: ProblemMap
}

/** Title, date and time, place, format and objectives: for a new brief, and again in the composer. */
export function MeetingFields({ value, onChange, problems }: Props) {
  const { t } = useTranslation()
  const meeting = (patch: Partial<MeetingValue['meeting']>) => onChange({ meeting: { ...value.meeting, ...patch } })
  return (
    <>
      <BilingualInput
        path="title"
        label={t('composer.details.title')}
        value={value.title}
        onChange={(title) => onChange({ title })}
        problems={problems}
      />
      <p className="hint field-after-hint">{t('composer.details.titleHint')}</p>
      <div className="form-grid">
        <TextField
          path="meeting.date"
          type="date"
          label={t('composer.details.date')}
          value={value.meeting.date}
          onChange={(date) => meeting({ date })}
          problems={problems}
        />
        <TextField
          path="meeting.time"
          type="time"
          label={t('composer.details.time')}
          value={value.meeting.time}
          onChange={(time) => meeting({ time })}
          problems={problems}
        />
        <SelectField
          path="meeting.format"
          label={t('composer.details.format')}
          value={value.meeting.format}
          options={MEETING_FORMATS.map((format) => ({ value: format, label: t(`meetingFormats.${format}`) }))}
          onChange={(format) => meeting({ format: format as MeetingValue['meeting']['format'] })}
          problems={problems}
        />
      </div>
      <BilingualInput
        path="meeting.place"
        label={t('composer.details.place')}
        value={value.meeting.place}
        onChange={(place) => meeting({ place })}
        problems={problems}
      />
      <BilingualInput
        path="objectives"
        label={t('composer.details.objectives')}
        value={value.objectives}
        onChange={(objectives) => onChange({ objectives })}
        problems={problems}
        multiline
        formatted
      />
    </>
  )
}
