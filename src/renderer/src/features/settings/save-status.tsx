import { useTranslation } from '@renderer/i18n/translation'
import { ApiErrorMessage } from '@renderer/components/api-error-message'
import type { SaveState } from './use-save-settings'

/**
 * Says how a save went. The status region stays in the page even when empty, so that screen
 * readers announce "Saved." when it appears.
 */
export function SaveStatus({ saveState }: { saveState: SaveState }) {
  const { t } = useTranslation()
  return (
    <>
      <p className="save-status" role="status">
        {saveState.state === 'saving' && t('settings.saving')}
        {saveState.state === 'saved' && t('settings.saved')}
      </p>
      {saveState.state === 'failed' && <ApiErrorMessage error={saveState.error} />}
    </>
  )
}
