import { useTranslation } from '@renderer/i18n/translation'
import type { BundlePreview } from '@shared/exchange-inputs'
import { MarkingBadge } from '@renderer/components/marking-badge'

/** Who signed the file and whether this office trusts them, and the highest marking it holds. */
export function SignerFacts({ preview }: { preview: BundlePreview }) {
  const { t } = useTranslation()
  const { signer } = preview
  return (
    <>
      <div>
        <dt>{t('signing.preview.signer')}</dt>
        <dd data-testid="import-signer" className={`signer-${signer.status}`}>
          {signer.status === 'unsigned' ? (
            t('signing.preview.status.unsigned')
          ) : (
            <>
              {signer.name} ({t(`signing.preview.status.${signer.status}`)},{' '}
              <span className="fingerprint">
                {t('signing.preview.fingerprint', { fingerprint: signer.fingerprint })}
              </span>
              )
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('signing.preview.marking')}</dt>
        <dd data-testid="import-marking">
          <MarkingBadge marking={preview.marking} />
        </dd>
      </div>
    </>
  )
}
