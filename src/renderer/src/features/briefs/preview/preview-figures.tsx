import { chartModel } from '@shared/figure-chart'
import { byYear, formatFigure } from '@shared/figures'
import type { FigureSeries } from '@shared/figures'
import { pick } from '@shared/languages'
import type { Language } from '@shared/languages'
import { FigureChart } from '@renderer/components/figure-chart'
import { dayText } from '@renderer/i18n/format-date'
import { PreviewText, useDocumentWords } from './preview-row'

/**
 * A profile's figures as the Word export prints them in the annexes (export/figure-parts.ts):
 * a heading, then each series' name, its chart and its table, in the column's language.
 */
export function PreviewFigures({ figures, language }: { figures: readonly FigureSeries[]; language: Language }) {
  const word = useDocumentWords()
  const series = figures.filter((each) => each.points.length > 0)
  if (series.length === 0) return null
  return (
    <div className="preview-figures" data-testid="preview-figures">
      <p className="preview-figures-heading">{word('figures', language)}</p>
      {series.map((each) => (
        <div key={each.id} className="preview-figure-series">
          <p className="preview-figure-name">
            <PreviewText value={each.name} language={language} />
          </p>
          <FigureChart model={chartModel(each, language)} label={pick(each.name, language)} />
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{word('figureYear', language)}</th>
                <th scope="col">{word(each.unit === 'percent' ? 'figurePercent' : 'figureCount', language)}</th>
                <th scope="col">{word('figureSource', language)}</th>
                <th scope="col">{word('figureAsOf', language)}</th>
              </tr>
            </thead>
            <tbody>
              {byYear(each.points).map((point) => (
                <tr key={point.year}>
                  <td>{point.year}</td>
                  <td>{formatFigure(point.value, each.unit, language)}</td>
                  <td>
                    <PreviewText value={point.source.document} language={language} />
                    {point.source.link.trim() !== '' && ` (${point.source.link})`}
                  </td>
                  <td>{dayText(point.source.asOf, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  )
}
