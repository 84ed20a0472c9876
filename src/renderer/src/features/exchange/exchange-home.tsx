import type { Ref } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { ScreenHeading } from '@renderer/components/screen-heading'
import type { ExchangeGo, Outcome } from './exchange-nav'
import { OutcomePanel } from './outcome-panel'
import { ReceiveSection } from './receive/receive-section'
import { SendSection } from './send/send-section'
import { WordSection } from './word/word-section'
import { WatchedBundlesSection } from '@renderer/features/watch'

interface Props {
  go: ExchangeGo
  outcome: Outcome | null
  outcomeRef: Ref<HTMLDivElement>
  onOutcome: (outcome: Outcome) => void
  onDismiss: () => void
}

/** The exchange tasks (bundles from the watched folders first), with what the last one did above them. */
export function ExchangeHome({ go, outcome, outcomeRef, onOutcome, onDismiss }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <ScreenHeading>{t('exchange.title')}</ScreenHeading>
      <p className="lead">{t('exchange.intro')}</p>
      <OutcomePanel outcome={outcome} onDismiss={onDismiss} ref={outcomeRef} />
      <div className="exchange-tasks">
        <WatchedBundlesSection go={go} />
        <ReceiveSection go={go} />
        <SendSection onSaved={(bundle) => onOutcome({ type: 'exported', bundle })} />
        <WordSection go={go} />
      </div>
    </>
  )
}
