import { useTranslation } from '@renderer/i18n/translation'
import { hasSource } from '@shared/source'
import type { Source } from '@shared/source'
import type { BilingualText } from '@shared/languages'
import { Fact } from '@renderer/components/fact'
import { DateText } from '@renderer/components/date-text'
import { LocalizedText } from '@renderer/components/localized-text'

const written = (text: BilingualText): boolean => `${text.en}${text.fr}`.trim() !== ''

/** Where the item's content comes from, so a reader can weigh it; says so when nobody recorded it. */
export function ItemSource({ source }: { source: Source }) {
  const { t } = useTranslation()
  return (
    <section className="detail-section" aria-labelledby="source-heading" data-testid="item-source">
      <h2 id="source-heading">{t('fields.source')}</h2>
      {!hasSource(source) ? (
        <p className="not-written">{t('library.noSource')}</p>
      ) : (
        <dl className="facts detail-facts">
          {written(source.document) && (
            <Fact label={t('form.sourceDocument')}>
              <LocalizedText value={source.document} />
            </Fact>
          )}
          {written(source.section) && (
            <Fact label={t('form.sourceSection')}>
              <LocalizedText value={source.section} />
            </Fact>
          )}
          {source.link.trim() !== '' && <Fact label={t('form.sourceLink')}>{source.link}</Fact>}
          {source.asOf !== '' && (
            <Fact label={t('form.sourceAsOf')}>
              <DateText value={source.asOf} />
            </Fact>
          )}
          {written(source.note) && (
            <div className="fact fact-wide">
              <dt>{t('form.sourceNote')}</dt>
              <dd>
                <LocalizedText value={source.note} />
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  )
}
