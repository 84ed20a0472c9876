import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from '@renderer/i18n/translation'

interface Props {
  /** The one line always shown: what happened, in a few words. */
  summary: ReactNode
  /** What the line leaves out, shown on demand under it; none when the line says it all. */
  details?: ReactNode
  /** Buttons at the end of the line (dismiss, review...). */
  actions?: ReactNode
  testId?: string
}

/**
 * The app's one notice style: a single line that does not push the work down the window, with
 * its details on demand and its actions at the end. The caller owns the live region around it,
 * so an announcement is made once, when the notice appears.
 */
export function NoticeLine({ summary, details, actions, testId }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  return (
    <div className="notice-line" data-testid={testId}>
      <div className="notice-line-row">
        <p className="notice-line-summary">{summary}</p>
        {details !== undefined && (
          <button
            type="button"
            className="link-button notice-line-toggle"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? t('notice.hideDetails') : t('notice.showDetails')}
          </button>
        )}
        {actions && <div className="notice-line-actions">{actions}</div>}
      </div>
      {details !== undefined && (
        <div id={detailsId} className="notice-line-details" hidden={!open}>
          {details}
        </div>
      )}
    </div>
  )
}
