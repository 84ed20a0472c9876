import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { PublicKeyOfferView, SigningKeysView } from '@shared/signing-inputs'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

type Signer = SigningKeysView['trusted'][number]

interface Props {
  trusted: Signer[]
  onChanged: (keys: SigningKeysView) => void
}

/**
 * The publishers whose files are imported without asking: listed with their fingerprints, added
 * from a public key file once the user has compared its fingerprint by phone, and removed.
 */
export function TrustedPublishersSetting({ trusted, onChanged }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [offer, setOffer] = useState<PublicKeyOfferView | null>(null)
  const [untrusting, setUntrusting] = useState<Signer | null>(null)
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<ApiError | null>(null)

  const answer = (result: Awaited<ReturnType<(typeof api)['keys.trust']>>, said: string): void => {
    if (!result.ok) return setProblem(result.error)
    onChanged(result.value)
    setStatus(said)
  }

  const open = async () => {
    setProblem(null)
    setStatus('')
    // The main process shows the open dialog and keeps the key: the window sees its name and fingerprint.
    const result = await api['keys.openPublic']({})
    if (!result.ok) return setProblem(result.error)
    setOffer(result.value)
  }

  const trust = async (chosen: PublicKeyOfferView) => {
    setOffer(null)
    answer(await api['keys.trust']({ offerId: chosen.offerId }), t('signing.settings.trusted', { name: chosen.name }))
  }

  const untrust = async (signer: Signer) => {
    setUntrusting(null)
    answer(
      await api['keys.untrust']({ fingerprint: signer.fingerprint }),
      t('signing.settings.untrusted', { name: signer.name })
    )
  }

  return (
    <div className="setting-part" data-testid="trusted-publishers">
      <h3>{t('signing.settings.trustedHeading')}</h3>
      <p>{t('signing.settings.trustedIntro')}</p>
      {trusted.length === 0 ? (
        <p className="empty-state">{t('signing.settings.noTrusted')}</p>
      ) : (
        <table className="trusted-table">
          <thead>
            <tr>
              <th scope="col">{t('signing.settings.name')}</th>
              <th scope="col">{t('signing.settings.fingerprint')}</th>
              <th scope="col">{t('signing.settings.trustedOn')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {trusted.map((signer) => (
              <tr key={signer.fingerprint}>
                <th scope="row">{signer.name}</th>
                <td>
                  <code className="fingerprint">{signer.fingerprint}</code>
                </td>
                <td>
                  <time dateTime={signer.trustedAt}>{momentText(signer.trustedAt, language)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-label={t('signing.settings.untrustLabel', { name: signer.name })}
                    onClick={() => setUntrusting(signer)}
                  >
                    {t('signing.settings.untrust')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="button button-secondary" onClick={() => void open()}>
        {t('signing.settings.open')}
      </button>
      {offer && <KeyOffer offer={offer} onTrust={() => void trust(offer)} onDismiss={() => setOffer(null)} />}
      <p className="save-status" role="status">
        {status}
      </p>
      {problem && <ApiErrorMessage error={problem} />}
      {untrusting && (
        <ConfirmDialog
          title={t('signing.settings.untrustTitle', { name: untrusting.name })}
          message={t('signing.settings.untrustMessage')}
          confirmLabel={t('signing.settings.untrust')}
          cancelLabel={t('signing.settings.untrustCancel')}
          onConfirm={() => void untrust(untrusting)}
          onCancel={() => setUntrusting(null)}
        />
      )}
    </div>
  )
}

/** A key file opened: who it claims to be and its fingerprint, to compare by phone before trusting. */
function KeyOffer({
  offer,
  onTrust,
  onDismiss
}: {
  offer: PublicKeyOfferView
  onTrust: () => void
  onDismiss: () => void
}) {
  const { t } = useTranslation()
  return (
    <section className="alert alert-warning key-offer" aria-labelledby="key-offer-heading" data-testid="key-offer">
      <h4 id="key-offer-heading" className="alert-title">
        {t('signing.settings.offerHeading')}
      </h4>
      <dl className="signing-facts">
        <div>
          <dt>{t('signing.settings.offerFile')}</dt>
          <dd>{offer.fileName}</dd>
        </div>
        <div>
          <dt>{t('signing.settings.name')}</dt>
          <dd>{offer.name}</dd>
        </div>
        <div>
          <dt>{t('signing.settings.fingerprint')}</dt>
          <dd>
            <code className="fingerprint">{offer.fingerprint}</code>
          </dd>
        </div>
      </dl>
      {offer.state === 'new' ? (
        <>
          <p>{t('signing.settings.offerIntro')}</p>
          <div className="form-actions">
            <button type="button" className="button" onClick={onTrust}>
              {t('signing.settings.trust')}
            </button>
            <button type="button" className="button button-secondary" onClick={onDismiss}>
              {t('signing.settings.dismiss')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{offer.state === 'own' ? t('signing.settings.offerOwn') : t('signing.settings.offerAlready')}</p>
          <button type="button" className="button button-secondary" onClick={onDismiss}>
            {t('exchange.outcome.dismiss')}
          </button>
        </>
      )}
    </section>
  )
}
