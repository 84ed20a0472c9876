import { useState } from 'react'
import type { Settings } from '@shared/entities'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'

/** Where a save stands, for the line that tells the user. */
export type SaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; error: ApiError }

/** Saves part of the settings and hands the saved whole to `onSaved`. */
export function useSaveSettings(onSaved: (settings: Settings) => void) {
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' })
  /** Resolves to whether the change was saved. */
  const save = async (change: Partial<Settings>): Promise<boolean> => {
    setSaveState({ state: 'saving' })
    const result = await api['settings.update'](change)
    if (result.ok) {
      onSaved(result.value)
      setSaveState({ state: 'saved' })
    } else {
      setSaveState({ state: 'failed', error: result.error })
    }
    return result.ok
  }
  return { saveState, save }
}
