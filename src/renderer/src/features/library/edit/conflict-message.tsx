import { useTranslation } from '@renderer/i18n/translation'

/** Someone saved a newer version while this form was open: say so, and offer to read it. */
export function ConflictMessage({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="alert" role="alert">
      <p className="alert-title">{t('form.conflictTitle')}</p>
      <p>{t('form.conflictText')}</p>
      <button type="button" className="button" onClick={onReload}>
        {t('form.reload')}
      </button>
    </div>
  )
}
