import { useTranslation } from '@renderer/i18n/translation'
import type { ResolvedItem } from '@shared/brief-rules'
import { languageToUpdate, textState } from '@shared/translation'
import type { OutlineActions } from '../composer/outline-actions'

interface Props {
  resolved: ResolvedItem
  actions: OutlineActions
}

/**
 * An opened item whose text has one language lagging behind the other: which one, and the
 * deliberate "still matches". For a text the brief takes from the library, the confirmation is
 * the library's (a new version there); a copy the library has since replaced is settled by
 * taking the library's text first.
 */
export function TranslationPanel({ resolved, actions }: Props) {
  const { t } = useTranslation()
  const lagging = languageToUpdate(textState(resolved.text))
  if (lagging === null) return null
  const item = resolved.briefItem
  const fromLibrary = item.type === 'library' && item.override === null
  const canConfirm = !fromLibrary || resolved.newerLibraryText === null
  return (
    <div className="translation-panel" data-testid="translation-panel">
      <p className="translation-panel-title">
        <span className="badge badge-translation">{t(`translation.needsUpdate.${lagging}`)}</span>{' '}
        {t(`translation.brief.explain.${lagging}`)}
      </p>
      {fromLibrary && canConfirm && <p className="hint">{t('translation.brief.libraryExplain')}</p>}
      <p className="hint">{t('translation.brief.howToFix')}</p>
      {canConfirm && (
        <button
          type="button"
          className="button button-secondary button-small"
          data-control="confirm-translation"
          onClick={() => actions.confirmTranslation(item.id)}
        >
          {t(`translation.notice.confirm.${lagging}`)}
        </button>
      )}
    </div>
  )
}
