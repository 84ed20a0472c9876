import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import type { ExchangeGo } from '../exchange-nav'
import { FileProblems } from '../file-problems'
import { baseName } from '../paths'

type Problem = { fileName: string | null; error: ApiError }

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
      const chosen = await api['files.chooseOpenPaths']({ kind: 'dossier', multiple: false })
      if (!chosen.ok) return setProblem({ fileName: null, error: chosen.error })
      const path = chosen.value[0]
      if (path === undefined) return
      const preview = await api['exchange.previewBundle']({ path })
      if (!preview.ok) return setProblem({ fileName: baseName(path), error: preview.error })
      go({ view: 'preview', path, preview: preview.value })
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
            problem.fileName === null
              ? t('exchange.receive.cannotOpen')
              : t('exchange.receive.refused', { file: problem.fileName })
          }
          error={problem.error}
        />
      )}
    </section>
  )
}
