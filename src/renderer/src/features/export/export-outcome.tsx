import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { errorMessage } from '@renderer/i18n/messages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** Where an export stands: not started, running, done, or refused. */
export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; briefCount: number; isPackage: boolean }
  | { state: 'saved'; file: ExportedFile }
  | { state: 'failed'; error: ApiError }

/**
 * Kilobytes (1 KB = 1,000 bytes, as everywhere in Dossier), rounded, in the interface language's
 * number format; never "0 KB" for a written file.
 */
export function kilobytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1000)))
}

function Saved({ file }: { file: ExportedFile }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const [problem, setProblem] = useState<ApiError | null>(null)
  // The next thing to do is open the folder, so focus waits there; the status region reads the message.
  useEffect(() => buttonRef.current?.focus(), [])
  const show = async () => {
    const result = await api['files.showInFolder']({ fileId: file.fileId })
    setProblem(result.ok ? null : result.error)
  }
  return (
    <div className="export-saved" data-testid="export-saved">
      <p className="export-saved-text">
        {t('exportDialog.savedTo')} <code className="export-path">{file.path}</code>{' '}
        {t('exportDialog.size', { size: kilobytes(file.bytes, LANGUAGE_TAGS[language]) })}
      </p>
      <button type="button" className="button button-secondary" ref={buttonRef} onClick={() => void show()}>
        {t('exportDialog.showInFolder')}
      </button>
      {problem && <p className="field-error">{errorMessage(t, problem)}</p>}
    </div>
  )
}

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
        {run.state === 'saved' && <Saved file={run.file} />}
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
