import { useTranslation } from 'react-i18next'
import { itemTitle } from '@shared/entities'
import type { LibraryItem, LibraryKind, Partner } from '@shared/entities'
import { IsoDate } from '@renderer/components/iso-date'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { StatusBadge } from '@renderer/components/status-badge'
import { excerpt, itemBody } from './item-text'
import { isReviewOverdue } from './review'

interface Props {
  kind: LibraryKind
  item: LibraryItem
  todayIso: string
}

/** One library item: title, a glimpse of its text, and the facts an officer checks before using it. */
export function LibraryItemRow({ kind, item, todayIso }: Props) {
  const { t } = useTranslation()
  const body = itemBody(kind, item)
  const glimpse = { en: excerpt(body.en), fr: excerpt(body.fr) }
  const overdue = isReviewOverdue(item.reviewBy, todayIso)

  return (
    <li className="card" data-testid="library-item">
      <h3 className="card-title">
        <LocalizedText value={itemTitle(kind, item)} fallback={t('library.untitled')} />
      </h3>
      {(glimpse.en !== '' || glimpse.fr !== '') && (
        <p className="card-excerpt">
          <LocalizedText value={glimpse} />
        </p>
      )}
      <dl className="facts">
        {kind === 'partner' && (
          <div className="fact">
            <dt>{t('fields.kind')}</dt>
            <dd>{t(`partnerKinds.${(item as Partner).kind}`)}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('fields.status')}</dt>
          <dd>
            <StatusBadge status={item.status} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('fields.marking')}</dt>
          <dd>
            <MarkingBadge marking={item.marking} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('fields.reviewBy')}</dt>
          <dd>
            <IsoDate value={item.reviewBy} />
            {overdue && <span className="badge badge-overdue">{t('library.overdue')}</span>}
          </dd>
        </div>
        {item.topics.length > 0 && (
          <div className="fact fact-wide">
            <dt>{t('fields.topics')}</dt>
            <dd>
              <ul className="tag-list">
                {item.topics.map((topic) => (
                  <li key={topic} className="tag">
                    {t(`topics.${topic}`)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </li>
  )
}
