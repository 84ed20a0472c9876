import { useTranslation } from '@renderer/i18n/translation'
import { pick } from '@shared/languages'
import { markingLabel } from '@shared/markings'
import { NoticeLine } from '@renderer/components/notice-line'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { useComposer, useComposerState } from './composer-context'

/** "Marking raised to PROTECTED B because … contains …": shown when an item lifted the brief's marking. */
export function MarkingNotice() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const { store } = useComposer()
  const notice = useComposerState((state) => state.markingNotice)
  if (!notice) return null
  const to = markingLabel(notice.to, language)
  const item = notice.item ? pick(notice.item, language) : ''
  return (
    <div role="status">
      <NoticeLine
        testId="marking-notice"
        summary={t('composer.marking.raised', { marking: to, from: markingLabel(notice.from, language) })}
        details={
          item ? (
            <p>
              {t('composer.marking.raisedBecause', { marking: to, from: markingLabel(notice.from, language), item })}
            </p>
          ) : undefined
        }
        actions={
          <button type="button" className="button button-secondary button-small" onClick={store.dismissNotice}>
            {t('composer.dismiss')}
          </button>
        }
      />
    </div>
  )
}
