import { useEffect, useMemo } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { meetingRecordSchema } from '@shared/records'
import type { MeetingRecord } from '@shared/records'
import { BackButton } from '@renderer/components/back-button'
import { LocalizedText } from '@renderer/components/localized-text'
import { SaveIndicator } from '@renderer/components/save-indicator'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { checkDraft, problemsFromIssues, toProblemMap } from '@renderer/lib/field-problems'
import { AttendeesFields } from './attendees-fields'
import { CommitmentsFields } from './commitments-fields'
import { MeetingFields } from './meeting-fields'
import { OtherPointsFields } from './other-points-fields'
import { PointsFields } from './points-fields'
import { RecordActions } from './record-actions'
import { useRecordSaver } from './use-record-saver'

interface Props {
  initial: MeetingRecord
  onBack: () => void
  /** A point became a draft irritant: the record as the app stored it, to start again from. */
  onDrafted: (record: MeetingRecord, pointId: string) => void
  /** The point just drafted, whose note takes focus when the form starts. */
  draftedPoint: string | null
  /** The form is shown: the screen may move focus to its title. */
  onReady: () => void
}

/**
 * The record of discussion as the officer writes it after the meeting: the meeting, a summary,
 * who attended, each point of the brief (raised or not, what was said), other points raised,
 * and the commitments. Saved as it is typed; exported to Word from here.
 */
export function RecordForm({ initial, onBack, onDrafted, draftedPoint, onReady }: Props) {
  const { t } = useTranslation()
  const { record, change, status, flush } = useRecordSaver(initial)
  const problems = useMemo(() => {
    const checked = checkDraft(meetingRecordSchema, record)
    return toProblemMap(checked.success ? [] : problemsFromIssues(checked.error.issues))
  }, [record])
  useEffect(() => onReady(), [onReady])
  return (
    <div className="record-editor">
      <div className="composer-title-row">
        <BackButton onClick={onBack}>{t('meetings.back')}</BackButton>
        <ScreenHeading>
          <LocalizedText value={record.title} fallback={t('library.untitled')} />
        </ScreenHeading>
        <SaveIndicator status={status} />
      </div>
      <RecordActions record={record} flush={flush} onDeleted={onBack} />
      <form className="record-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <MeetingFields record={record} change={change} problems={problems} />
        <AttendeesFields record={record} change={change} problems={problems} />
        <PointsFields record={record} change={change} problems={problems} />
        <OtherPointsFields
          record={record}
          change={change}
          problems={problems}
          flush={flush}
          onDrafted={onDrafted}
          draftedPoint={draftedPoint}
        />
        <CommitmentsFields record={record} change={change} problems={problems} />
      </form>
    </div>
  )
}
