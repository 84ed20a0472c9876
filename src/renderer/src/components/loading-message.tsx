import { useTranslation } from '@renderer/i18n/translation'

/** A short, announced "Loading…" while a list is on its way. */
export function LoadingMessage() {
  const { t } = useTranslation()
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  )
}
