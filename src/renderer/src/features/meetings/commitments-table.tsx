import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { commitmentRows } from '@shared/commitments'
import type { CommitmentRow, CommitmentState } from '@shared/commitments'
import { today } from '@shared/dates'
import type { MeetingRecord } from '@shared/records'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { CommitmentStateBadge } from '@renderer/components/commitment-state'
import { DateText } from '@renderer/components/date-text'
import { LocalizedText } from '@renderer/components/localized-text'
import { usePartners } from '@renderer/lib/partners-context'

const SHOWN = ['pending', 'overdue', 'done', 'all'] as const
type Shown = (typeof SHOWN)[number]

const matches = (shown: Shown, state: CommitmentState): boolean =>
  shown === 'all' || (shown === 'pending' ? state !== 'done' : state === shown)

interface Props {
  records: readonly MeetingRecord[]
  onChanged: () => void
  onOpen: (recordId: string) => void
}

/** Every commitment across partners, overdue first; each can be marked done or open again. */
export function CommitmentsTable({ records, onChanged, onOpen }: Props) {
  const { t } = useTranslation()
  const { nameOf } = usePartners()
  const [shown, setShown] = useState<Shown>('pending')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const all = commitmentRows(records, today())
  const rows = all.filter((row) => matches(shown, row.state))

  const toggle = async (row: CommitmentRow) => {
    setBusy(row.commitment.id)
    const result = await api['records.setCommitmentStatus']({
      recordId: row.recordId,
      commitmentId: row.commitment.id,
      status: row.state === 'done' ? 'open' : 'done'
    })
    setBusy(null)
    setError(result.ok ? null : result.error)
    if (result.ok) onChanged()
  }

  return (
    <section className="detail-section" aria-labelledby="commitments-heading">
      <div className="screen-title-row">
        <h2 id="commitments-heading">{t('meetings.commitments.title')}</h2>
        <label className="inline-field">
          <span>{t('meetings.commitments.show')}</span>
          <select className="select-input" value={shown} onChange={(event) => setShown(event.target.value as Shown)}>
            {SHOWN.map((choice) => (
              <option key={choice} value={choice}>
                {t(`meetings.commitments.shown.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && <ApiErrorMessage error={error} />}
      <p className="list-count" role="status">
        {t('meetings.commitments.count', { count: rows.length, total: all.length })}
      </p>
      {rows.length > 0 && (
        <table className="data-table commitments-table">
          <thead>
            <tr>
              <th scope="col">{t('meetings.commitments.what')}</th>
              <th scope="col">{t('meetings.commitments.partner')}</th>
              <th scope="col">{t('meetings.commitments.who')}</th>
              <th scope="col">{t('meetings.commitments.due')}</th>
              <th scope="col">{t('meetings.commitments.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('meetings.commitments.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.recordId}:${row.commitment.id}`} data-state={row.state}>
                <th scope="row">
                  <LocalizedText value={row.commitment.text} />
                </th>
                <td>
                  {row.partnerIds.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <LocalizedText value={nameOf(id) ?? { en: id, fr: id }} />
                    </span>
                  ))}
                </td>
                <td>
                  {t(`meetings.side.${row.commitment.side}`)}
                  {row.commitment.owner.trim() !== '' && `, ${row.commitment.owner}`}
                </td>
                <td>
                  {row.commitment.due === '' ? (
                    t('meetings.commitments.noDate')
                  ) : (
                    <DateText value={row.commitment.due} />
                  )}
                </td>
                <td>
                  <CommitmentStateBadge state={row.state} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={busy !== null}
                    onClick={() => void toggle(row)}
                  >
                    {row.state === 'done' ? t('meetings.commitments.reopen') : t('meetings.commitments.markDone')}
                    <span className="visually-hidden">
                      {': '}
                      <LocalizedText value={row.commitment.text} />
                    </span>
                  </button>
                  <button type="button" className="link-button" onClick={() => onOpen(row.recordId)}>
                    {t('meetings.commitments.openRecord')}
                    <span className="visually-hidden">
                      {': '}
                      <LocalizedText value={row.recordTitle} />
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
