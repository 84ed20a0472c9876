import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { ConfirmDialog } from '@renderer/components/confirm-dialog'
import { NoticeLine } from '@renderer/components/notice-line'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import { restoreScope } from '@shared/operations'
import type { BackupEntry } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { rememberRestored, takeRestored } from './restored-backup'

/**
 * Where the data lives: the folder (opened in the file manager on request) and the backups in
 * it, each with its date in words and why it was made, newest first, and restored on request
 * after a confirmation that says what comes back and what stays.
 */
export function DataFolderSetting({ dataDir }: { dataDir: string }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [backups, retry] = useApiQuery(() => api['data.backups']({}))
  const [openError, setOpenError] = useState<ApiError | null>(null)
  const [asking, setAsking] = useState<BackupEntry | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [restoreError, setRestoreError] = useState<ApiError | null>(null)
  const [restored] = useState(takeRestored)
  const when = (takenAt: string) => momentText(takenAt, language)

  const restore = async (backup: BackupEntry) => {
    setRestoring(true)
    const result = await api['data.restoreBackup']({ name: backup.name })
    if (result.ok) {
      rememberRestored({ takenAt: backup.takenAt })
      // Every screen holds content read before the restore: the window starts again on this one.
      window.location.reload()
      return
    }
    setRestoring(false)
    setAsking(null)
    setRestoreError(result.error)
  }

  const openFolder = async () => {
    const result = await api['data.showFolder']({})
    setOpenError(result.ok ? null : result.error)
  }

  return (
    <section className="setting" aria-labelledby="data-folder-heading" data-testid="data-folder">
      <h2 id="data-folder-heading" className="setting-heading">
        {t('settings.dataFolder.heading')}
      </h2>
      <p>{t('settings.dataFolder.text')}</p>
      <p className="path">
        <code>{dataDir}</code>
      </p>
      <button type="button" className="button button-secondary" onClick={() => void openFolder()}>
        {t('settings.dataFolder.open')}
      </button>
      {openError && <ApiErrorMessage error={openError} />}

      <h3 className="setting-subheading">{t('settings.dataFolder.backups')}</h3>
      <p className="hint">{t('settings.dataFolder.backupsHint')}</p>
      <div role="status">
        {restored && (
          <NoticeLine
            testId="backup-restored"
            summary={t('settings.dataFolder.restored', { when: when(restored.takenAt) })}
            details={t('settings.dataFolder.restoredKept')}
          />
        )}
      </div>
      {restoreError && <ApiErrorMessage error={restoreError} />}
      {backups.state === 'failed' && <ApiErrorMessage error={backups.error} onRetry={retry} />}
      {backups.state === 'ready' &&
        (backups.value.length === 0 ? (
          <p>{t('settings.dataFolder.noBackups')}</p>
        ) : (
          <ul className="setting-list" data-testid="backup-list">
            {backups.value.map((backup) => (
              <li key={backup.name} className="setting-list-row">
                <span>{t(`settings.dataFolder.kind.${backup.kind}`, { when: when(backup.takenAt) })}</span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('settings.dataFolder.restoreLabel', { when: when(backup.takenAt) })}
                  onClick={() => {
                    setRestoreError(null)
                    setAsking(backup)
                  }}
                >
                  {t('settings.dataFolder.restore')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      {asking && (
        <ConfirmDialog
          title={t('settings.dataFolder.restoreTitle', { when: when(asking.takenAt) })}
          message={t(
            restoreScope(asking.kind) === 'library'
              ? 'settings.dataFolder.restoreLibrary'
              : 'settings.dataFolder.restoreContent',
            { when: when(asking.takenAt) }
          )}
          confirmLabel={restoring ? t('settings.dataFolder.restoring') : t('settings.dataFolder.restore')}
          cancelLabel={t('settings.dataFolder.cancel')}
          busy={restoring}
          onConfirm={() => void restore(asking)}
          onCancel={() => {
            if (!restoring) setAsking(null)
          }}
        />
      )}
    </section>
  )
}
