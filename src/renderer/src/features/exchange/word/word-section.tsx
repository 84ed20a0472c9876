import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import type { ExchangeGo } from '../exchange-nav'
import { FileProblems } from '../file-problems'

/**
 * Import from Word: the user picks one or more .docx files (old briefs, notes from a mission),
 * then picks the paragraphs worth keeping as draft library items.
 */
export function WordSection({ go }: { go: ExchangeGo }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const problemRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (problem) problemRef.current?.focus()
  }, [problem])

  const choose = async () => {
    setProblem(null)
    setBusy(true)
    try {
      // The main process shows the open dialog; no files come back when the user cancels.
      const read = await api['exchange.readWord']({})
      if (!read.ok) return setProblem(read.error)
      if (read.value.length > 0) go({ view: 'word', files: read.value })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="exchange-task" aria-labelledby="word-heading" data-testid="word-section">
      <h2 id="word-heading">{t('exchange.word.title')}</h2>
      <p>{t('exchange.word.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
          {t('exchange.word.choose')}
        </button>
        <p className="save-status" role="status">
          {busy ? t('exchange.word.reading') : ''}
        </p>
      </div>
      {problem && <FileProblems ref={problemRef} title={t('exchange.word.refused')} error={problem} />}
    </section>
  )
}
