import { useTranslation } from '@renderer/i18n/translation'
import type { TimelineEntry } from '@shared/commitments'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { CommitmentStateBadge } from '@renderer/components/commitment-state'
import { DateText } from '@renderer/components/date-text'
import { LocalizedText } from '@renderer/components/localized-text'
import { useAppNav } from '@renderer/lib/app-nav'

/**
 * The partner's meetings, newest first (each brief prepared and each record written, opening
 * where it is edited), and the commitments made at them with where each stands.
 */
export function PartnerMeetings({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation()
  const nav = useAppNav()
  const [meetings, retry] = useApiQuery(() => api['records.partnerMeetings']({ partnerId }))
  const open = (entry: TimelineEntry) => (entry.type === 'brief' ? nav?.openBrief(entry.id) : nav?.openRecord(entry.id))
  return (
    <>
      <section className="detail-section" aria-labelledby="partner-meetings-heading">
        <h2 id="partner-meetings-heading">{t('meetings.profile.timeline')}</h2>
        {meetings.state === 'loading' && <p className="loading">{t('common.loading')}</p>}
        {meetings.state === 'failed' && <ApiErrorMessage error={meetings.error} onRetry={retry} />}
        {meetings.state === 'ready' &&
          (meetings.value.timeline.length === 0 ? (
            <p>{t('meetings.profile.noMeetings')}</p>
          ) : (
            <ol className="timeline" data-testid="partner-timeline">
              {meetings.value.timeline.map((entry) => (
                <li key={`${entry.type}:${entry.id}`} className="timeline-entry">
                  <span className="timeline-date">
                    <DateText value={entry.date} />
                  </span>
                  <span className={`badge timeline-${entry.type}`}>{t(`meetings.profile.kind.${entry.type}`)}</span>
                  {nav ? (
                    <button type="button" className="link-button" onClick={() => open(entry)}>
                      <LocalizedText value={entry.title} fallback={entry.id} />
                    </button>
                  ) : (
                    <LocalizedText value={entry.title} fallback={entry.id} />
                  )}
                </li>
              ))}
            </ol>
          ))}
      </section>
      {meetings.state === 'ready' && meetings.value.commitments.length > 0 && (
        <section className="detail-section" aria-labelledby="partner-commitments-heading">
          <h2 id="partner-commitments-heading">{t('meetings.commitments.title')}</h2>
          <ul className="plain-list" data-testid="partner-commitments">
            {meetings.value.commitments.map((row) => (
              <li key={`${row.recordId}:${row.commitment.id}`} className="commitment-line">
                <CommitmentStateBadge state={row.state} /> <LocalizedText value={row.commitment.text} />
                <span className="commitment-meta">
                  {' · '}
                  {t(`meetings.side.${row.commitment.side}`)}
                  {row.commitment.owner.trim() !== '' && `, ${row.commitment.owner}`}
                  {row.commitment.due !== '' && (
                    <>
                      {' · '}
                      {t('meetings.commitments.dueOn')} <DateText value={row.commitment.due} />
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
