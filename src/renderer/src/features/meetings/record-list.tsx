import { useTranslation } from '@renderer/i18n/translation'
import type { MeetingRecord } from '@shared/records'
import { Fact } from '@renderer/components/fact'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { dayText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** The records of discussion, the latest meeting first; each opens in the editor. */
export function RecordList({ records, onOpen }: { records: readonly MeetingRecord[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const sorted = [...records].sort(
    (a, b) => b.meeting.date.localeCompare(a.meeting.date) || b.meeting.time.localeCompare(a.meeting.time)
  )
  return (
    <section className="detail-section" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('meetings.records.title')}</h2>
      {sorted.length === 0 ? (
        <div className="empty-state">
          <p>{t('meetings.records.empty')}</p>
        </div>
      ) : (
        <ul className="card-list" aria-labelledby="records-heading">
          {sorted.map((record) => (
            <li key={record.id} className="card record-card" data-testid="record-item">
              <h3 className="card-title">
                <button type="button" className="card-open" onClick={() => onOpen(record.id)}>
                  <LocalizedText value={record.title} fallback={t('library.untitled')} />
                </button>
              </h3>
              <dl className="facts">
                <Fact label={t('meetings.meetingDate')}>{dayText(record.meeting.date, language)}</Fact>
                <Fact label={t('fields.marking')}>
                  <MarkingBadge marking={record.marking} />
                </Fact>
                <Fact label={t('meetings.commitments.title')}>
                  {t('meetings.records.openCommitments', {
                    count: record.commitments.filter((commitment) => commitment.status === 'open').length
                  })}
                </Fact>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
