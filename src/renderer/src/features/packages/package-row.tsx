import { useTranslation } from 'react-i18next'
import type { Package } from '@shared/entities'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'

/** One package: its name (which opens it), the trip's dates, its marking and how many briefs it holds. */
export function PackageRow({ pkg, onOpen }: { pkg: Package; onOpen: () => void }) {
  const { t } = useTranslation()
  return (
    <li className="card package-card" data-testid="package-item">
      <h3 className="card-title">
        <button type="button" className="card-open" onClick={onOpen}>
          <LocalizedText value={pkg.name} fallback={t('library.untitled')} />
        </button>
      </h3>
      <dl className="facts">
        <div className="fact">
          <dt>{t('fields.dates')}</dt>
          <dd>{t('packages.dateRange', { start: pkg.startDate, end: pkg.endDate })}</dd>
        </div>
        <div className="fact">
          <dt>{t('fields.marking')}</dt>
          <dd>
            <MarkingBadge marking={pkg.marking} />
          </dd>
        </div>
        <div className="fact">
          <dt>{t('fields.briefs')}</dt>
          <dd>{t('briefs.count', { count: pkg.briefIds.length })}</dd>
        </div>
      </dl>
    </li>
  )
}
