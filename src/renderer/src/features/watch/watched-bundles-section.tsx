import { useEffect, useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError } from '@shared/result'
import type { BundleOffer, WatchScan } from '@shared/watch-inputs'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import type { ExchangeGo } from '@renderer/features/exchange'
import { BundleOfferCard } from './bundle-offer-card'
import { useWatchedBundles } from './watched-bundles-context'

/** What was found but not offered, and the folders that could not be read, in a few words each. */
function LookFindings({ scan }: { scan: WatchScan }) {
  const { t } = useTranslation()
  return (
    <>
      {scan.unreachable.map((folder) => (
        <p key={folder} className="form-warning">
          {t('watch.section.unreachable')} <code className="path">{folder}</code>
        </p>
      ))}
      {scan.crowded.map((folder) => (
        <p key={folder} className="field-hint">
          {t('watch.section.crowded')} <code className="path">{folder}</code>
        </p>
      ))}
      {scan.passedOver.length > 0 && (
        <details className="passed-over" data-testid="passed-over">
          <summary>{t('watch.section.passedOver', { count: scan.passedOver.length })}</summary>
          <ul>
            {scan.passedOver.map((file) => (
              <li key={`${file.folder}/${file.fileName}`}>
                <code>{file.fileName}</code>: {t(`watch.reason.${file.reason}`, { name: file.detail ?? '' })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}

/**
 * Bundles trusted publishers put in the watched folders, each opened for the same review as a
 * file opened by hand, or set aside so that it is not offered again.
 */
export function WatchedBundlesSection({ go }: { go: ExchangeGo }) {
  const { t } = useTranslation()
  const { scan, lookAgain } = useWatchedBundles()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [status, setStatus] = useState('')
  // Coming back here after an import: what was just taken must not be offered any more.
  useEffect(() => {
    void lookAgain()
  }, [lookAgain])

  const act = async (work: () => Promise<void>) => {
    setProblem(null)
    setStatus('')
    setBusy(true)
    try {
      await work()
    } finally {
      setBusy(false)
    }
  }
  const review = (offer: BundleOffer) =>
    act(async () => {
      const preview = await api['watch.preview']({ offerId: offer.offerId })
      if (!preview.ok) {
        setProblem(preview.error)
        return lookAgain()
      }
      go({ view: 'preview', preview: preview.value })
    })
  const setAside = (offer: BundleOffer) =>
    act(async () => {
      const result = await api['watch.dismiss']({ offerId: offer.offerId })
      if (!result.ok) return setProblem(result.error)
      setStatus(t('watch.section.setAside', { file: offer.fileName }))
      await lookAgain()
    })

  return (
    <section className="exchange-task" aria-labelledby="watched-heading" data-testid="watched-section">
      <h2 id="watched-heading">{t('watch.section.title')}</h2>
      {scan === null ? (
        <p>{t('watch.section.looking')}</p>
      ) : (
        <>
          {scan.folders === 0 ? (
            <p>{t('watch.section.noFolders')}</p>
          ) : scan.offers.length === 0 ? (
            <p>{t('watch.section.none')}</p>
          ) : (
            <ul className="offer-list">
              {scan.offers.map((offer) => (
                <BundleOfferCard
                  key={offer.offerId}
                  offer={offer}
                  busy={busy}
                  onReview={() => void review(offer)}
                  onSetAside={() => void setAside(offer)}
                />
              ))}
            </ul>
          )}
          <LookFindings scan={scan} />
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void act(lookAgain)}>
          {t('watch.section.lookNow')}
        </button>
        <p className="save-status" role="status">
          {busy ? t('watch.section.working') : status}
        </p>
      </div>
      {problem && <ApiErrorMessage error={problem} />}
    </section>
  )
}
