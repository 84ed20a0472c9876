import { useTranslation } from '@renderer/i18n/translation'
import type { CommitmentState } from '@shared/commitments'

/** Open, overdue or done, as a badge: overdue stands out, in words and not by colour alone. */
export function CommitmentStateBadge({ state }: { state: CommitmentState }) {
  const { t } = useTranslation()
  return <span className={`badge badge-commitment badge-${state}`}>{t(`commitments.state.${state}`)}</span>
}
