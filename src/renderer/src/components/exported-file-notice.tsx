import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { ExportedFile } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { errorMessage } from '@renderer/i18n/messages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/**
 * Kilobytes (1 KB = 1,000 bytes, as everywhere in Dossier), rounded, in the interface language's
 * number format; never "0 KB" for a written file.
 */
export function kilobytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1000)))
}

/** Where an export was saved, its size, and the way to its folder (which takes focus). */
export function ExportedFileNotice({ file }: { file: ExportedFile }) {
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
