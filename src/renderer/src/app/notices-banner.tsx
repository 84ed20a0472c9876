import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { Notice } from '@shared/operations'
import { api } from '@renderer/api/client'
import { NoticeLine } from '@renderer/components/notice-line'
import { noticeMessage } from '@renderer/i18n/messages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/**
 * What start-up wants the user to know (files restored from backups...), until dismissed: a
 * single message in full, several as one line saying how many, each in full on demand. Dismissing tells the store the
 * user has seen them; until then they come back at every start.
 */
export function NoticesBanner({ notices, onDismissed }: { notices: Notice[]; onDismissed: () => void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || notices.length === 0) return null
  const messages = notices.map((notice) => noticeMessage(t, notice, language))
  const only = messages.length === 1 ? messages[0]! : null
  return (
    <div role="status">
      <NoticeLine
        testId="startup-notices"
        summary={
          only ? (
            <span lang={only.translated ? undefined : LANGUAGE_TAGS.en}>{only.text}</span>
          ) : (
            t('notices.summary', { count: messages.length })
          )
        }
        details={
          only ? undefined : (
            <ul className="notice-list">
              {messages.map((message, index) => (
                <li key={`${notices[index]!.code}-${index}`} lang={message.translated ? undefined : LANGUAGE_TAGS.en}>
                  {message.text}
                </li>
              ))}
            </ul>
          )
        }
        actions={
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setDismissed(true)
              // The button goes with the banner: focus is put somewhere first, not left to fall to the page.
              onDismissed()
              // Should this fail, the notices simply come back at the next start: nothing is lost.
              void api['app.dismissNotices']({})
            }}
          >
            {t('notices.dismiss')}
          </button>
        }
      />
    </div>
  )
}
