import { useTranslation } from '@renderer/i18n/translation'
import type { LibraryKind } from '@shared/entities'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { ApiErrorMessage } from '@renderer/components/api-error-message'

interface Props {
  kind: LibraryKind
  error: ApiError
  /** What was tried, to word the refusal: deleting, changing the status, restoring a version, or confirming a translation. */
  action: 'delete' | 'status' | 'restore' | 'confirm'
  onRetire?: () => void
  onReload: () => void
}

/** Why an action on an item was refused, in words, with the way forward. */
export function ActionProblem({ kind, error, action, onRetire, onReload }: Props) {
  const { t } = useTranslation()
  if (error.code === 'in-use') {
    return (
      <div className="alert" role="alert" data-testid="in-use">
        <p className="alert-title">{t('library.inUse.title')}</p>
        <p>{t(kind === 'partner' ? 'library.inUse.partner' : 'library.inUse.item')}</p>
        <p className="alert-details" lang={LANGUAGE_TAGS.en}>
          {error.message}
        </p>
        {onRetire && (
          <button type="button" className="button" onClick={onRetire}>
            {t('library.actions.retireInstead')}
          </button>
        )}
      </div>
    )
  }
  if (error.code === 'conflict') {
    return (
      <div className="alert" role="alert">
        <p className="alert-title">{t('form.conflictTitle')}</p>
        <p>{t('library.actions.conflict')}</p>
        <button type="button" className="button" onClick={onReload}>
          {t('form.reload')}
        </button>
      </div>
    )
  }
  // Approving needs both languages; that is the one refusal a status change meets in practice.
  if (error.code === 'invalid-input' && action === 'status') {
    return (
      <div className="alert" role="alert">
        <p>{t('library.actions.needsBothLanguages')}</p>
      </div>
    )
  }
  return <ApiErrorMessage error={error} />
}
