import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { Notice } from '@shared/operations'
import { api } from '@renderer/api/client'
import { noticeMessage } from '@renderer/i18n/messages'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'

/**
 * What start-up wants the user to know (files restored from backups...), until dismissed.
 * Dismissing tells the store the user has seen them; until then they come back at every start.
 */
export function NoticesBanner({ notices }: { notices: Notice[] }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [dismissed, setDismissed] = useState(false)
  if (dismissed || notices.length === 0) return null
  return (
    <div className="notice-banner" role="status">
      <div className="notice-banner-body">
        <p className="notice-banner-title">{t('notices.heading')}</p>
        <ul className="notice-list">
          {notices.map((notice, index) => {
            const message = noticeMessage(t, notice, language)
            return (
              <li key={`${notice.code}-${index}`} lang={message.translated ? undefined : LANGUAGE_TAGS.en}>
                {message.text}
              </li>
            )
          })}
        </ul>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setDismissed(true)
          // Should this fail, the notices simply come back at the next start: nothing is lost.
          void api['app.dismissNotices']({})
        }}
      >
        {t('notices.dismiss')}
      </button>
    </div>
  )
}
