import type { MouseEvent } from 'react'
import { useTranslation } from '@renderer/i18n/translation'

/** Lets keyboard users jump past the header and menu to the screen itself. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation()
  // Focus is moved by hand so the page's address never changes: the app window must not navigate.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    document.getElementById(targetId)?.focus()
  }
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {t('app.skipToContent')}
    </a>
  )
}
