import { useTranslation } from '@renderer/i18n/translation'
import type { ReviewState } from '@shared/review'

/**
 * "Review overdue" or "Review due soon" next to an item; nothing when its review is current.
 * Worded, not only coloured, so it reads the same to everyone.
 */
export function ReviewBadge({ state }: { state: ReviewState }) {
  const { t } = useTranslation()
  if (state === 'current') return null
  return (
    <span className={`badge badge-review badge-${state}`} data-testid={`review-${state}`}>
      {t(`review.${state}`)}
    </span>
  )
}
