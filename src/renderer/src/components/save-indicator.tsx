import { useTranslation } from '@renderer/i18n/translation'
import type { SaveStatus } from '@renderer/lib/autosave-scheduler'

/** The quiet "Saving… / Saved / Not saved — retrying" line; a status region, so changes are announced politely. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation()
  const text = {
    saved: t('composer.save.saved'),
    pending: t('composer.save.saving'),
    saving: t('composer.save.saving'),
    retrying: t('composer.save.retrying'),
    invalid: t('composer.save.invalid'),
    conflict: t('composer.save.conflict')
  }[status]
  return (
    <p className={`save-indicator save-${status}`} role="status" data-testid="save-indicator" data-status={status}>
      {text}
    </p>
  )
}
