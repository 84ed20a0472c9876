import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import type { ApiError, Result } from '@shared/result'
import type { WatchedFolderView } from '@shared/watch-inputs'
import { api } from '@renderer/api/client'
import { useApiQuery } from '@renderer/api/use-api-query'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import { LoadingMessage } from '@renderer/components/loading-message'
import { useWatchedBundles } from './watched-bundles-context'

/**
 * The folders where headquarters publishes signed bundles: added through the system's folder
 * dialog (the window never names a path), listed with whether each can be read now, removed.
 */
export function WatchedFoldersSetting() {
  const { t } = useTranslation()
  const { lookAgain } = useWatchedBundles()
  const [loaded] = useApiQuery(() => api['watch.list']({}))
  const [changed, setChanged] = useState<WatchedFolderView[] | null>(null)
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<ApiError | null>(null)
  const folders = changed ?? (loaded.state === 'ready' ? loaded.value : null)

  // A folder dialog the user cancelled answers null, and nothing changed.
  const answer = (result: Result<WatchedFolderView[] | null>, said: string): void => {
    if (!result.ok) return setProblem(result.error)
    if (result.value === null) return
    setChanged(result.value)
    setStatus(said)
    void lookAgain()
  }
  const add = async () => {
    setProblem(null)
    setStatus('')
    answer(await api['watch.add']({}), t('watch.settings.added'))
  }
  const remove = async (folder: WatchedFolderView) => {
    setProblem(null)
    answer(await api['watch.remove']({ watchId: folder.watchId }), t('watch.settings.removed', { folder: folder.path }))
  }

  return (
    <section className="setting" aria-labelledby="watched-folders-heading" data-testid="watched-folders-setting">
      <h2 id="watched-folders-heading" className="setting-heading">
        {t('watch.settings.heading')}
      </h2>
      <p>{t('watch.settings.intro')}</p>
      {loaded.state === 'failed' && <ApiErrorMessage error={loaded.error} />}
      {folders === null && loaded.state === 'loading' && <LoadingMessage />}
      {folders &&
        (folders.length === 0 ? (
          <p className="empty-state">{t('watch.settings.none')}</p>
        ) : (
          <ul className="watched-folders">
            {folders.map((folder) => (
              <li key={folder.watchId} className="watched-folder">
                <code className="path">{folder.path}</code>
                <span className={folder.reachable ? 'field-hint' : 'form-warning'}>
                  {folder.reachable ? t('watch.settings.reachable') : t('watch.settings.unreachable')}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t('watch.settings.removeLabel', { folder: folder.path })}
                  onClick={() => void remove(folder)}
                >
                  {t('watch.settings.remove')}
                </button>
              </li>
            ))}
          </ul>
        ))}
      <button type="button" className="button button-secondary" onClick={() => void add()}>
        {t('watch.settings.add')}
      </button>
      <p className="save-status" role="status">
        {status}
      </p>
      {problem && <ApiErrorMessage error={problem} />}
    </section>
  )
}
