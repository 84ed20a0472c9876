import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { LANGUAGE_TAGS } from '@shared/languages'
import type { ApiError } from '@shared/result'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { ScreenHeading } from '@renderer/components/screen-heading'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { AppHeader } from './app-header'
import { LockFacts } from './lock-facts'
import { lockDetails } from './lock-details'
import type { Reopen } from './use-startup'

interface Props {
  error: ApiError
  /** Opens the folder again; the app replaces this screen when that works. */
  onReopen: Reopen
}

type Busy = 'retry' | 'take-over' | null

/**
 * Shown instead of the app when another Dossier holds the data folder: who holds it, where the
 * lock is, what taking over would cost, and the two ways on. Taking over asks once more, naming
 * the risk, with Cancel focused: a Dossier still running elsewhere would lose what it saves next.
 * The main process's own message is not shown: it is written for the command line.
 */
export function DataInUseScreen({ error, onReopen }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const details = lockDetails(error)
  const holder = details?.holder ?? 'unknown'
  const names = { host: details?.host ?? '', pid: details?.pid ?? '' }
  // The risk and the question name the other computer when there is one.
  const riskCase = holder === 'other-computer' ? 'other-computer' : 'other'
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState<Busy>(null)
  const [triedAt, setTriedAt] = useState<Date | null>(null)

  const attempt = async (takeOver: boolean) => {
    if (busy !== null) return
    setBusy(takeOver ? 'take-over' : 'retry')
    const result = await onReopen(takeOver)
    // Opened: the app replaces this screen. Failed for another reason: the app explains that one.
    if (result.phase !== 'failed' || result.error.code !== 'data-in-use') return
    setBusy(null)
    setAsking(false)
    setTriedAt(new Date())
  }

  const progress =
    busy === 'retry'
      ? t('dataInUse.retrying')
      : busy === 'take-over'
        ? t('dataInUse.takingOver')
        : triedAt
          ? t('dataInUse.stillInUse', {
              time: new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { timeStyle: 'medium' }).format(triedAt)
            })
          : ''

  return (
    <>
      <AppHeader />
      <main id="main-content" className="app-main startup-failure data-in-use">
        <ScreenHeading>{t('dataInUse.title')}</ScreenHeading>
        <p className="lead">{t(`dataInUse.lead.${holder}`, names)}</p>
        <LockFacts details={details} />
        <section aria-labelledby="data-in-use-choices">
          <h2 id="data-in-use-choices">{t('dataInUse.choicesHeading')}</h2>
          <p>{t(`dataInUse.advice.${holder}`, names)}</p>
          <p className="take-over-risk">{t(`dataInUse.risk.${riskCase}`, names)}</p>
          {/* Buttons stay enabled while busy (the click is ignored) so focus never drops to the page. */}
          <div className="data-in-use-actions">
            <button type="button" className="button" aria-disabled={busy !== null} onClick={() => void attempt(false)}>
              {t('dataInUse.retry')}
            </button>
            <button
              type="button"
              className="button button-danger-secondary"
              aria-disabled={busy !== null}
              onClick={() => busy === null && setAsking(true)}
            >
              {t('dataInUse.takeOver')}
            </button>
          </div>
          {/* Always in the page, so a change is announced. */}
          <p className="data-in-use-progress" role="status">
            {progress}
          </p>
        </section>
        {asking && (
          <ConfirmDialog
            title={t('dataInUse.confirm.title')}
            message={t(`dataInUse.confirm.${riskCase}`, names)}
            confirmLabel={t('dataInUse.confirm.accept')}
            cancelLabel={t('dataInUse.confirm.cancel')}
            busy={busy === 'take-over'}
            onConfirm={() => void attempt(true)}
            onCancel={() => busy === null && setAsking(false)}
          />
        )}
      </main>
    </>
  )
}
