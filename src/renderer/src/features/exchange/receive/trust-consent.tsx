import { useTranslation } from '@renderer/i18n/translation'
import type { BundlePreview } from '@shared/exchange-inputs'

interface Props {
  signer: BundlePreview['signer']
  accepted: boolean
  onChange: (accepted: boolean) => void
}

/** A file no trusted publisher signed: the risk in words, and a box to tick to go ahead anyway. */
export function TrustConsent({ signer, accepted, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <section
      className="alert alert-warning import-consent"
      aria-labelledby="trust-risk-heading"
      data-testid="trust-risk"
    >
      <h2 id="trust-risk-heading" className="alert-title">
        {t('signing.preview.riskTitle')}
      </h2>
      <p>
        {signer.status === 'unsigned'
          ? t('signing.preview.riskUnsigned')
          : t('signing.preview.riskUntrusted', {
              name: signer.status === 'untrusted' ? signer.name : '',
              fingerprint: signer.status === 'untrusted' ? signer.fingerprint : ''
            })}
      </p>
      {signer.status === 'untrusted' && signer.borrowedName === true && (
        <p data-testid="borrowed-name">
          <strong>{t('signing.preview.borrowedName', { name: signer.name })}</strong>
        </p>
      )}
      <label>
        <input type="checkbox" checked={accepted} onChange={(event) => onChange(event.target.checked)} />
        {t('signing.preview.acceptRisk')}
      </label>
    </section>
  )
}
