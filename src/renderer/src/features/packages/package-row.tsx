import { useTranslation } from '@renderer/i18n/translation'
import type { Package } from '@shared/entities'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { Fact } from '@renderer/components/fact'
import { dayText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/** One package: its name (which opens it), the trip's dates, its marking and how many briefs it holds. */
export function PackageRow({ pkg, onOpen }: { pkg: Package; onOpen: () => void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <li className="card package-card" data-testid="package-item">
      <h3 className="card-title">
        <button type="button" className="card-open" onClick={onOpen}>
          <LocalizedText value={pkg.name} fallback={t('library.untitled')} />
        </button>
      </h3>
      <dl className="facts">
        <Fact label={t('fields.dates')}>
          {t('packages.dateRange', { start: dayText(pkg.startDate, language), end: dayText(pkg.endDate, language) })}
        </Fact>
        <Fact label={t('fields.marking')}>
          <MarkingBadge marking={pkg.marking} />
        </Fact>
        <Fact label={t('fields.briefs')}>{t('briefs.count', { count: pkg.briefIds.length })}</Fact>
      </dl>
    </li>
  )
}
