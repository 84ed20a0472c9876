import { useTranslation } from '@renderer/i18n/translation'
import { NoticeLine } from '@renderer/components/notice-line'
import { useWatchedBundles } from './watched-bundles-context'

/**
 * Says, on every screen but Exchange, that a trusted publisher has put new bundles in a watched
 * folder, with the way to review them. Nothing is imported until the user does.
 */
export function WatchedBundlesBanner({ onReview }: { onReview: () => void }) {
  const { t } = useTranslation()
  const { scan } = useWatchedBundles()
  const count = scan?.offers.length ?? 0
  return (
    // Present (and empty) from the start, so that a screen reader announces the message when it appears.
    <div role="status" data-testid="watched-banner">
      {count > 0 && (
        <NoticeLine
          summary={t('watch.banner.text', { count })}
          actions={
            <button type="button" className="button button-small" onClick={onReview}>
              {t('watch.banner.review', { count })}
            </button>
          }
        />
      )}
    </div>
  )
}
