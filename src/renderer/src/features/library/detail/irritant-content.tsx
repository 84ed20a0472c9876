import { useTranslation } from '@renderer/i18n/translation'
import type { Irritant } from '@shared/entities'
import { BilingualColumns, BilingualSection } from './bilingual-view'
import { PartnerLink } from './partner-link'

/** An irritant's context and what to say if it is raised, line by line. */
export function IrritantContent({ irritant }: { irritant: Irritant }) {
  const { t } = useTranslation()
  return (
    <>
      <BilingualSection title={t('fields.context')} value={irritant.context} rich />
      <section className="detail-section" aria-labelledby="lines-heading">
        <h2 id="lines-heading">{t('fields.responsiveLines')}</h2>
        {irritant.responsiveLines.length === 0 ? (
          <p className="hint">{t('form.noLines')}</p>
        ) : (
          <ol className="responsive-lines">
            {irritant.responsiveLines.map((line) => (
              <li key={line.id} className="responsive-line" data-testid="responsive-line">
                <p className="line-heading">
                  <span className="line-label">{t('library.ifRaised')}</span>{' '}
                  <span className="line-partner">
                    {line.partnerId === null ? t('form.anyPartner') : <PartnerLink id={line.partnerId} />}
                  </span>
                </p>
                <BilingualColumns value={line.text} rich />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
