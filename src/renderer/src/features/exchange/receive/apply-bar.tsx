import { useId } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ApplySummary } from './import-choices'
import { canApply, summaryPhrases } from './import-choices'

interface Props {
  summary: ApplySummary
  /** What the user must still confirm before applying (an untrusted file, a downgrade); null when nothing. */
  waiting?: string | null
  /** The file brings nothing this library lacks. */
  nothingIncoming: boolean
  busy: boolean
  onApply: () => void
  onCancel: () => void
}

/**
 * Apply says what it will do ("3 new, 2 updated, 1 conflict settled") and stays off until every
 * conflict is settled and every confirmation given, saying what is left.
 */
export function ApplyBar({ summary, waiting = null, nothingIncoming, busy, onApply, onCancel }: Props) {
  const { t } = useTranslation()
  const waitingId = useId()
  if (nothingIncoming) {
    return (
      <div className="apply-bar" data-testid="apply-bar">
        <button type="button" className="button" onClick={onCancel}>
          {t('exchange.back')}
        </button>
      </div>
    )
  }
  const text = summaryPhrases(summary)
    .map((phrase) => t(phrase.key, phrase.values))
    .join(t('exchange.summary.separator'))
  const settled = canApply(summary)
  const ready = settled && !waiting
  return (
    <div className="apply-bar" data-testid="apply-bar">
      <p className="apply-waiting" id={waitingId} role="status">
        {!settled
          ? t('exchange.preview.unsettled', { count: summary.unsettled })
          : waiting
            ? waiting
            : summary.nothingToWrite
              ? t('exchange.preview.nothingWillChange')
              : t('exchange.preview.backupFirst')}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={!ready || busy}
          aria-describedby={waitingId}
          onClick={onApply}
        >
          {busy ? t('exchange.preview.applying') : t('exchange.preview.apply', { summary: text })}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('exchange.preview.cancel')}
        </button>
      </div>
    </div>
  )
}
