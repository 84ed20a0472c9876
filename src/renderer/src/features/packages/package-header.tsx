import { useTranslation } from '@renderer/i18n/translation'
import type { Package } from '@shared/entities'
import { markingLabel } from '@shared/markings'
import type { MarkingChange } from '@shared/operations'
import { LocalizedText } from '@renderer/components/localized-text'
import { MarkingBadge } from '@renderer/components/marking-badge'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { dayText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { NoticeLine } from '@renderer/components/notice-line'

/** The package's name as the screen's title, with its dates and marking under it. */
export function PackageHeader({ pkg }: { pkg: Package }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <>
      <ScreenHeading>
        <LocalizedText value={pkg.name} fallback={t('library.untitled')} />
      </ScreenHeading>
      <p className="package-meta">
        <span>
          {t('packages.dateRange', { start: dayText(pkg.startDate, language), end: dayText(pkg.endDate, language) })}
        </span>
        <span className="package-meta-marking">
          <span className="visually-hidden">
            {t('fields.marking')}
            {t('common.colon')}
          </span>
          <MarkingBadge marking={pkg.marking} />
        </span>
      </p>
    </>
  )
}

/** Says, in words, that saving raised the package's marking to that of its most highly marked brief. */
export function MarkingRaisedNotice({ raised, onDismiss }: { raised: MarkingChange | null; onDismiss: () => void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  return (
    <div role="status" className="marking-raised-region">
      {raised && (
        <NoticeLine
          testId="marking-raised"
          summary={t('packageEditor.markingRaised', {
            from: markingLabel(raised.from, language),
            to: markingLabel(raised.to, language)
          })}
          actions={
            <button type="button" className="button button-secondary button-small" onClick={onDismiss}>
              {t('library.dismiss')}
            </button>
          }
        />
      )}
    </div>
  )
}
