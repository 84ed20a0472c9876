import { useState } from 'react'
import { useTranslation } from '@renderer/i18n/translation'
import { IDLE_LOCK_MINUTES } from '@shared/entities'
import type { IdleLockMinutes, Settings } from '@shared/entities'
import { SaveStatus } from './save-status'
import { useSaveSettings } from './use-save-settings'

interface Props {
  minutes: IdleLockMinutes
  onSaved: (settings: Settings) => void
}

/**
 * How long an encrypted folder stays open without use before Dossier locks it. Saved on choice;
 * the main process reads it at the next input in the window, so it applies without a restart.
 */
export function IdleLockSetting({ minutes, onSaved }: Props) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState(minutes)
  const { saveState, save } = useSaveSettings(onSaved)

  const choose = async (next: IdleLockMinutes) => {
    setChosen(next)
    // A choice that was not saved is not shown as if it were.
    if (!(await save({ idleLockMinutes: next }))) setChosen(minutes)
  }

  return (
    <div className="setting">
      <label className="field-label" htmlFor="idle-lock">
        {t('settings.idleLock.label')}
      </label>
      <p className="hint" id="idle-lock-hint">
        {t('settings.idleLock.hint')}
      </p>
      <select
        id="idle-lock"
        className="select-input"
        value={chosen}
        aria-describedby="idle-lock-hint"
        onChange={(event) => void choose(Number(event.target.value) as IdleLockMinutes)}
      >
        {IDLE_LOCK_MINUTES.map((option) => (
          <option key={option} value={option}>
            {t('settings.idleLock.option', { count: option })}
          </option>
        ))}
      </select>
      <SaveStatus saveState={saveState} />
    </div>
  )
}
