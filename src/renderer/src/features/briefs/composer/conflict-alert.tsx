import { useTranslation } from '@renderer/i18n/translation'

/** The brief was saved from elsewhere after it was opened: autosave stopped; say why and offer a reload. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="alert" role="alert" data-testid="conflict-alert">
      <p className="alert-title">{t('composer.conflict.title')}</p>
      <p>{t('composer.conflict.text')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('composer.conflict.reload')}
      </button>
    </div>
  )
}
