import { useTranslation } from '@renderer/i18n/translation'
import type { Irritant, LibraryItem, LibraryKind } from '@shared/entities'
import { today } from '@shared/dates'
import { reviewState } from '@shared/review'
import { DateText } from '@renderer/components/date-text'
import { ReviewBadge } from '@renderer/components/review-badge'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { PartnerLinks } from './partner-link'
import { Fact } from '@renderer/components/fact'

/** How the item is filed: owner, topics, partners, review dates and the last save. */
export function ItemFacts({ kind, item }: { kind: LibraryKind; item: LibraryItem }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <section className="detail-section" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('library.filing')}</h2>
      <dl className="facts detail-facts">
        <Fact label={t('fields.owner')}>{item.owner.trim() === '' ? t('library.none') : item.owner}</Fact>
        <Fact label={t('fields.lastReviewed')}>
          <DateText value={item.lastReviewed} />
        </Fact>
        <Fact label={t('fields.reviewBy')}>
          <DateText value={item.reviewBy} />
          <ReviewBadge state={reviewState(item.reviewBy, today())} />
        </Fact>
        <Fact label={t('fields.version')}>
          {t('library.savedBy', {
            version: item.version,
            who: item.updatedBy.trim() === '' ? t('history.someone') : item.updatedBy,
            when: momentText(item.updatedAt, language)
          })}
        </Fact>
        <div className="fact fact-wide">
          <dt>{t('fields.topics')}</dt>
          <dd>
            {item.topics.length === 0 ? (
              t('library.none')
            ) : (
              <ul className="tag-list">
                {item.topics.map((topic) => (
                  <li key={topic} className="tag">
                    {t(`topics.${topic}`)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {kind !== 'partner' && (
          <div className="fact fact-wide">
            <dt>{t('fields.partners')}</dt>
            <dd>
              <PartnerLinks ids={(item as Irritant).partnerIds} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
