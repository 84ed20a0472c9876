import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { BRIEF_LANGUAGES } from '@shared/languages'
import type { BriefLanguage } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { MeetingRecord } from '@shared/records'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { ExportedFileNotice } from '@renderer/components/exported-file-notice'

interface Props {
  record: MeetingRecord
  flush: () => Promise<void>
  onDeleted: () => void
}

/** Export the record to Word (in its language, or another), and delete it. */
export function RecordActions({ record, flush, onDeleted }: Props) {
  const { t } = useTranslation()
  const [language, setLanguage] = useState<BriefLanguage>(record.language)
  const [busy, setBusy] = useState(false)
  const [file, setFile] = useState<ExportedFile | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [confirming, setConfirming] = useState(false)

  const exportRecord = async () => {
    setBusy(true)
    setFile(null)
    setError(null)
    // The Word file holds what the officer sees: whatever is typed is saved first.
    await flush()
    const result = await api['export.record']({ recordId: record.id, language })
    setBusy(false)
    if (result.ok) setFile(result.value)
    else setError(result.error)
  }
  const remove = async () => {
    setBusy(true)
    await flush()
    const result = await api['records.delete']({ id: record.id })
    setBusy(false)
    setConfirming(false)
    if (result.ok) onDeleted()
    else setError(result.error)
  }

  return (
    <div className="record-actions">
      <div className="toolbar" role="group" aria-label={t('meetings.record.exportGroup')}>
        <label className="filter-label" htmlFor="record-export-language">
          {t('meetings.record.exportLanguage')}
        </label>
        <select
          id="record-export-language"
          className="select-input"
          value={language}
          onChange={(event) => setLanguage(event.target.value as BriefLanguage)}
        >
          {BRIEF_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {t(`meetings.languages.${each}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" disabled={busy} onClick={() => void exportRecord()}>
          {t('meetings.record.export')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('meetings.record.delete')}
        </button>
      </div>
      <div role="status">{busy && <p>{t('meetings.record.working')}</p>}</div>
      {file && <ExportedFileNotice file={file} />}
      {error && <ApiErrorMessage error={error} />}
      {confirming && (
        <ConfirmDialog
          title={t('meetings.record.deleteTitle')}
          message={t('meetings.record.deleteMessage')}
          confirmLabel={t('meetings.record.delete')}
          cancelLabel={t('meetings.record.cancel')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  )
}
