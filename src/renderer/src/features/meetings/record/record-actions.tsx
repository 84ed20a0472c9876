import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { BRIEF_LANGUAGES } from '@shared/languages'
import type { BriefLanguage } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { MeetingRecord } from '@shared/records'
import { recordLanguageGaps } from '@shared/record-gaps'
import type { RecordGap } from '@shared/record-gaps'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import type { TFunction } from 'i18next'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
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

/** A text the export lacks, named as the form labels it: "Commitment 2 has no French". */
function gapText(t: TFunction, gap: RecordGap, uiLanguage: Language): string {
  const field = gapField(t, gap, uiLanguage)
  return t(gap.language === 'fr' ? 'meetings.record.gapFrench' : 'meetings.record.gapEnglish', { field })
}

function gapField(t: TFunction, gap: RecordGap, uiLanguage: Language): string {
  switch (gap.field) {
    case 'title':
    case 'summary':
      return t(`meetings.record.${gap.field}`)
    case 'notes':
      return t('meetings.record.gapNotes', { point: pick(gap.title, uiLanguage) })
    case 'commitment':
      return t('meetings.record.commitmentLabel', { number: gap.index + 1 })
    case 'otherPoint':
      return t('meetings.record.otherPointLabel', { number: gap.index + 1 })
  }
}

/** Export the record to Word (in its language, or another), and delete it. */
export function RecordActions({ record, flush, onDeleted }: Props) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  const [language, setLanguage] = useState<BriefLanguage>(record.language)
  // Texts written in the other language only: exported, they would stand in this one's place.
  const gaps = recordLanguageGaps(record, language)
  const [busy, setBusy] = useState(false)
  const [file, setFile] = useState<ExportedFile | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [confirming, setConfirming] = useState(false)

  const exportRecord = async () => {
    if (gaps.length > 0) return
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
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-disabled={gaps.length > 0}
          aria-describedby={gaps.length > 0 ? 'record-export-gaps' : undefined}
          onClick={() => void exportRecord()}
        >
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
      {gaps.length > 0 && (
        <div className="alert alert-warning" id="record-export-gaps" data-testid="record-export-gaps">
          <p>{t('meetings.record.gapsLead', { count: gaps.length })}</p>
          <ul>
            {gaps.map((gap, index) => (
              <li key={index}>{gapText(t, gap, uiLanguage)}</li>
            ))}
          </ul>
        </div>
      )}
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
