import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ExportedFileNotice } from '@renderer/components/exported-file-notice'
import { errorMessage } from '@renderer/i18n/messages'

/** Where an export stands: not started, running, done, or refused. */
export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; briefCount: number; isPackage: boolean }
  | { state: 'saved'; file: ExportedFile }
  | { state: 'failed'; error: ApiError }

/** Progress while the file is written, then where it was saved, or why it was not. */
export function ExportOutcome({ run }: { run: ExportRun }) {
  const { t } = useTranslation()
  const label =
    run.state === 'running'
      ? run.isPackage
        ? t('exportDialog.exportingBriefs', { count: run.briefCount })
        : t('exportDialog.exportingBrief')
      : ''
  return (
    <>
      {/* Always in the page, so each change is announced. */}
      <div role="status" className="export-status">
        {run.state === 'running' && (
          <div className="export-progress">
            <p id="export-progress-label">{label}</p>
            <progress className="export-progress-bar" aria-labelledby="export-progress-label" />
          </div>
        )}
        {run.state === 'saved' && <ExportedFileNotice file={run.file} />}
      </div>
      {run.state === 'failed' &&
        (run.error.code === 'export-blocked' ? (
          <div className="alert alert-error" role="alert" data-testid="export-blocked">
            <p>{errorMessage(t, run.error)}</p>
            <p>{t('exportDialog.refusedSeeChecks')}</p>
            <details className="alert-details">
              <summary>{t('common.details')}</summary>
              {run.error.issues && run.error.issues.length > 0 ? (
                <ul className="check-list">
                  {run.error.issues.map((issue, index) => (
                    // The app's own sentences are plain English by contract.
                    <li key={`${issue.path}-${index}`} lang={LANGUAGE_TAGS.en}>
                      {issue.message}
                    </li>
                  ))}
                </ul>
              ) : (
                <p lang={LANGUAGE_TAGS.en}>{run.error.message}</p>
              )}
            </details>
          </div>
        ) : (
          <ApiErrorMessage error={run.error} />
        ))}
    </>
  )
}
