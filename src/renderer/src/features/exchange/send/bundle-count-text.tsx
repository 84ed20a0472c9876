import { useTranslation } from '@renderer/i18n/translation'
import { LIBRARY_KINDS } from '@shared/entities'
import { errorMessage } from '@renderer/i18n/messages'
import { totalOf } from './bundle-filter'
import type { BundleCount } from './use-bundle-count'

/** "55 items will go: 22 partners, 15 key messages…", announced politely as the choices change. */
export function BundleCountText({ count, empty }: { count: BundleCount; empty: boolean }) {
  const { t } = useTranslation()
  let text: string
  if (empty) text = t('exchange.send.chooseSomething')
  else if (count.state === 'counting') text = t('exchange.send.counting')
  else if (count.state === 'failed') text = `${t('exchange.send.countFailed')} ${errorMessage(t, count.error)}`
  else {
    const total = totalOf(count.counts)
    if (total === 0) text = t('exchange.send.nothingMatches')
    else {
      const parts = LIBRARY_KINDS.filter((kind) => count.counts[kind] > 0)
        .map((kind) => t(`library.count.${kind}`, { count: count.counts[kind] }))
        .join(', ')
      text = t(count.atLeast ? 'exchange.send.countAtLeast' : 'exchange.send.count', { count: total, parts })
    }
  }
  return (
    <p className="bundle-count" role="status" aria-live="polite" data-testid="bundle-count">
      {text}
    </p>
  )
}
