import { useId } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { chartModel } from '@shared/figure-chart'
import { byYear, formatFigure } from '@shared/figures'
import type { FigureSeries } from '@shared/figures'
import { pick } from '@shared/languages'
import { DateText } from '@renderer/components/date-text'
import { FigureChart } from '@renderer/components/figure-chart'
import { LocalizedText } from '@renderer/components/localized-text'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

function SeriesView({ series }: { series: FigureSeries }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const headingId = useId()
  const name = pick(series.name, language)
  return (
    <section className="figure-series" aria-labelledby={headingId} data-testid="figure-series">
      <h3 id={headingId}>
        <LocalizedText value={series.name} />
      </h3>
      <FigureChart model={chartModel(series, language)} label={t('figures.profile.chartLabel', { name })} />
      <table className="figures-table">
        <caption className="visually-hidden">{t('figures.profile.tableCaption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.profile.year')}</th>
            <th scope="col">{series.unit === 'percent' ? t('figures.profile.percent') : t('figures.profile.count')}</th>
            <th scope="col">{t('figures.profile.source')}</th>
            <th scope="col">{t('figures.profile.asOf')}</th>
          </tr>
        </thead>
        <tbody>
          {byYear(series.points).map((point) => (
            <tr key={point.year}>
              <th scope="row">{point.year}</th>
              <td className="figure-value">{formatFigure(point.value, series.unit, language)}</td>
              <td>
                <LocalizedText value={point.source.document} />
                {point.source.link.trim() !== '' && <span className="figure-link"> {point.source.link}</span>}
              </td>
              <td>
                <DateText value={point.source.asOf} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

/** A partner's figures on its profile: each series as a small chart over a table of its values, sources and dates. */
export function PartnerFigures({ figures }: { figures: readonly FigureSeries[] | undefined }) {
  const { t } = useTranslation()
  const series = (figures ?? []).filter((each) => each.points.length > 0)
  if (series.length === 0) return null
  return (
    <section className="detail-section" aria-labelledby="figures-heading" data-testid="partner-figures">
      <h2 id="figures-heading">{t('figures.profile.heading')}</h2>
      {series.map((each) => (
        <SeriesView key={each.id} series={each} />
      ))}
    </section>
  )
}
