import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import type { ExchangeGo } from '../exchange-nav'
import { FileProblems } from '../file-problems'

// A file that was read and refused (named by the error), or one that could not be opened at all.
type Problem = { fileName: string | undefined; error: ApiError }

/**
 * Receive: the user opens an exchange file; Dossier checks it in full and shows what it would
 * change. A file that cannot be used is explained problem by problem, and nothing is written.
 */
export function ReceiveSection({ go }: { go: ExchangeGo }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const problemRef = useRef<HTMLDivElement>(null)

  // The explanation takes focus, so it is read out and the next Tab goes on from it.
  useEffect(() => {
    if (problem) problemRef.current?.focus()
  }, [problem])

  const open = async () => {
    setProblem(null)
    setBusy(true)
    try {
      // The main process shows the open dialog; nothing comes back when the user cancels.
      const preview = await api['exchange.previewBundle']({})
      if (!preview.ok) return setProblem({ fileName: preview.error.fileName, error: preview.error })
      if (preview.value === null) return
      go({ view: 'preview', preview: preview.value })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="exchange-task" aria-labelledby="receive-heading" data-testid="receive-section">
      <h2 id="receive-heading">{t('exchange.receive.title')}</h2>
      <p>{t('exchange.receive.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void open()}>
          {t('exchange.receive.open')}
        </button>
        <p className="save-status" role="status">
          {busy ? t('exchange.receive.checking') : ''}
        </p>
      </div>
      {problem && (
        <FileProblems
          ref={problemRef}
          title={
            problem.fileName === undefined
              ? t('exchange.receive.cannotOpen')
              : t('exchange.receive.refused', { file: problem.fileName })
          }
          error={problem.error}
        />
      )}
    </section>
  )
}
