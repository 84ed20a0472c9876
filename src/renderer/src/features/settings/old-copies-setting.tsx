import { useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from '@renderer/i18n/translation'
import type { RemovedCopies } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'

type RemoveState =
  | { state: 'idle' }
  | { state: 'removing' }
  | { state: 'done'; removed: RemovedCopies }
  | { state: 'failed'; error: ApiError }

/**
 * "Remove old copies": backups and copies of damaged files can hold text the user has since
 * changed or deleted, which a lost laptop would give away. Says what goes and what stays, asks
 * first (nothing brings the copies back), then says how many went.
 */
export function OldCopiesSetting({ onRemoved }: { onRemoved: () => void }) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const [removal, setRemoval] = useState<RemoveState>({ state: 'idle' })

  const remove = async () => {
    setRemoval({ state: 'removing' })
    const result = await api['data.removeOldCopies']({})
    setConfirming(false)
    setRemoval(result.ok ? { state: 'done', removed: result.value } : { state: 'failed', error: result.error })
    if (result.ok) onRemoved()
  }

  return (
    <section className="setting" aria-labelledby="old-copies-heading" data-testid="old-copies">
      <h2 id="old-copies-heading" className="setting-heading">
        {t('settings.oldCopies.heading')}
      </h2>
      <p>{t('settings.oldCopies.intro')}</p>
      <ul className="setting-list">
        <li>{t('settings.oldCopies.startUp')}</li>
        <li>{t('settings.oldCopies.beforeImport')}</li>
        <li>{t('settings.oldCopies.recovered')}</li>
      </ul>
      <p id="old-copies-stays">{t('settings.oldCopies.stays')}</p>
      <button
        type="button"
        className="button button-danger-secondary"
        aria-describedby="old-copies-stays"
        disabled={removal.state === 'removing'}
        onClick={() => setConfirming(true)}
      >
        {t('settings.oldCopies.button')}
      </button>
      {/* Kept in the page even when empty, so that screen readers announce the result when it appears. */}
      <p className="save-status" role="status">
        {removal.state === 'removing' && t('settings.oldCopies.removing')}
        {removal.state === 'done' && doneText(t, removal.removed)}
      </p>
      {removal.state === 'failed' && <ApiErrorMessage error={removal.error} />}
      {confirming && (
        <ConfirmDialog
          title={t('settings.oldCopies.confirm.title')}
          message={t('settings.oldCopies.confirm.message')}
          confirmLabel={t('settings.oldCopies.confirm.confirm')}
          cancelLabel={t('settings.oldCopies.confirm.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
          busy={removal.state === 'removing'}
        />
      )}
    </section>
  )
}

function doneText(t: TFunction, removed: RemovedCopies): string {
  const said =
    removed.backups === 0 && removed.recoveredFiles === 0
      ? t('settings.oldCopies.nothing')
      : t('settings.oldCopies.done', {
          backups: t('settings.oldCopies.backups', { count: removed.backups }),
          recovered: t('settings.oldCopies.recoveredFiles', { count: removed.recoveredFiles })
        })
  // The list still shows a backup, made just now: said, so "removed 1 backup" does not puzzle.
  return removed.backupMade ? `${said} ${t('settings.oldCopies.backupMade')}` : said
}
