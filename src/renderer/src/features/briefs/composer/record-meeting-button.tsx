import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { useAppNav } from '@renderer/lib/app-nav'
import { useBrief } from './composer-context'

/**
 * "Record the meeting": after the meeting, a record of discussion pre-filled from this brief,
 * opened in the Meetings screen; the brief's record when it already has one.
 */
export function RecordMeetingButton({ flushAll }: { flushAll: () => Promise<unknown> }) {
  const { t } = useTranslation()
  const brief = useBrief()
  const nav = useAppNav()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  if (!nav) return null
  const record = async () => {
    setBusy(true)
    setError(null)
    // The record is drawn from the brief as saved: whatever was typed goes first.
    await flushAll()
    const records = await api['records.list']({})
    const existing = records.ok ? records.value.find((each) => each.briefId === brief.id) : undefined
    const opened = existing
      ? { ok: true as const, value: existing }
      : await api['records.createFromBrief']({ briefId: brief.id })
    setBusy(false)
    if (opened.ok) nav.openRecord(opened.value.id)
    else setError(opened.error)
  }
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={busy}
        onClick={() => void record()}
      >
        {t('meetings.recordMeeting')}
      </button>
      {error && <ApiErrorMessage error={error} />}
    </>
  )
}
