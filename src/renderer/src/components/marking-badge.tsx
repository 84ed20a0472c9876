import { markingLabel } from '@shared/markings'
import type { Marking } from '@shared/markings'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** A security marking as printed in the interface language (PROTECTED B / PROTÉGÉ B). */
export function MarkingBadge({ marking }: { marking: Marking }) {
  const language = useUiLanguage()
  // The class follows the level so protected content stands out from unclassified.
  const level = marking.toLowerCase().replace(' ', '-')
  return <span className={`badge badge-marking badge-${level}`}>{markingLabel(marking, language)}</span>
}
