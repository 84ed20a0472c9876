import { useTranslation } from '@renderer/i18n/translation'
import type { ExportedBundle } from '@shared/exchange-inputs'
import { markingLabel } from '@shared/markings'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** What a saved file carries and who vouches for it: its marking, what the ceiling kept back, its signer. */
export function ExportedMarking({ bundle }: { bundle: ExportedBundle }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const ceiling = markingLabel(bundle.ceiling, language)
  return (
    <ul className="outcome-counts" data-testid="exported-marking">
      <li>
        {t('signing.outcome.marking')} <MarkingBadge marking={bundle.marking} />
      </li>
      {bundle.leftOut > 0 && <li>{t('signing.outcome.leftOut', { count: bundle.leftOut, ceiling })}</li>}
      {bundle.versionsLeftOut > 0 && (
        <li>{t('signing.outcome.versionsLeftOut', { count: bundle.versionsLeftOut, ceiling })}</li>
      )}
      <li>
        {bundle.signer
          ? t('signing.outcome.signedBy', { name: bundle.signer.name, fingerprint: bundle.signer.fingerprint })
          : t('signing.outcome.notSigned')}
      </li>
    </ul>
  )
}
