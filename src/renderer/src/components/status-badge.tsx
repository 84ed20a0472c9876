import { useTranslation } from '@renderer/i18n/translation'
import type { Status } from '@shared/entities'

/** A library item's status (draft, approved, retired) in words. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation()
  return <span className={`badge badge-status badge-${status}`}>{t(`statuses.${status}`)}</span>
}
