import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { momentText } from '@renderer/i18n/format-date'
import { useUiLanguage } from '@renderer/i18n/use-ui-language'
import type { ApiError } from '@shared/result'

/**
 * Where the data lives: the folder (opened in the file manager on request) and the backups in
 * it, each with its date in words and why it was made, newest first.
 */
export function DataFolderSetting({ dataDir }: { dataDir: string }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [backups, retry] = useApiQuery(() => api['data.backups']({}))
  const [openError, setOpenError] = useState<ApiError | null>(null)

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
      {backups.state === 'failed' && <ApiErrorMessage error={backups.error} onRetry={retry} />}
      {backups.state === 'ready' &&
        (backups.value.length === 0 ? (
          <p>{t('settings.dataFolder.noBackups')}</p>
        ) : (
          <ul className="setting-list" data-testid="backup-list">
            {backups.value.map((backup) => (
              <li key={backup.name}>
                {t(`settings.dataFolder.kind.${backup.kind}`, { when: momentText(backup.takenAt, language) })}
              </li>
            ))}
          </ul>
        ))}
    </section>
  )
}
