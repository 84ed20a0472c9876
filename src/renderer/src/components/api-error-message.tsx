import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError } from '@shared/result'
import { errorMessage } from '@renderer/i18n/messages'

interface Props {
  error: ApiError
  /** Offered when trying again can help (a list that failed to load). */
  onRetry?: () => void
}

/** An api error in the user's words, the app's own message folded away for support. */
export function ApiErrorMessage({ error, onRetry }: Props) {
  const { t } = useTranslation()
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(t, error)}</p>
      <details className="alert-details">
        <summary>{t('common.details')}</summary>
        {/* The app's message is plain English by contract, so it is tagged as such. */}
        <p lang="en-CA">{error.message}</p>
      </details>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  )
}
