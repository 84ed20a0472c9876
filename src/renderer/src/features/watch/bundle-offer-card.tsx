import { useId } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LIBRARY_KINDS } from '@shared/entities'
import type { BundleOffer } from '@shared/watch-inputs'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

interface Props {
  offer: BundleOffer
  busy: boolean
  onReview: () => void
  onSetAside: () => void
}

/** One bundle a trusted publisher put in a watched folder: who signed it, its marking, when, what it holds. */
export function BundleOfferCard({ offer, busy, onReview, onSetAside }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const headingId = useId()
  const holds = LIBRARY_KINDS.filter((kind) => offer.counts[kind] > 0)
    .map((kind) => t(`library.count.${kind}`, { count: offer.counts[kind] }))
    .join(', ')
  return (
    <li className="offer-card" aria-labelledby={headingId} data-testid="bundle-offer">
      <h3 id={headingId} className="offer-title">
        {offer.fileName} <MarkingBadge marking={offer.marking} />
      </h3>
      <dl className="offer-facts">
        <dt>{t('watch.offer.signedBy')}</dt>
        <dd>
          {offer.signer.name} <span className="badge badge-trusted">{t('watch.offer.trusted')}</span>{' '}
          <code className="fingerprint">{offer.signer.fingerprint}</code>
        </dd>
        <dt>{t('watch.offer.published')}</dt>
        <dd>
          <time dateTime={offer.createdAt}>{momentText(offer.createdAt, language)}</time>
        </dd>
        <dt>{t('watch.offer.holds')}</dt>
        <dd>{holds === '' ? t('watch.offer.nothing') : holds}</dd>
        <dt>{t('watch.offer.folder')}</dt>
        <dd>
          <code className="path">{offer.folder}</code>
        </dd>
      </dl>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={onReview}>
          {t('watch.offer.review')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          aria-label={t('watch.offer.setAsideLabel', { file: offer.fileName })}
          onClick={onSetAside}
        >
          {t('watch.offer.setAside')}
        </button>
      </div>
    </li>
  )
}
