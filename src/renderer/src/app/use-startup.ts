import { useCallback, useEffect, useState } from 'react'
import type { Settings } from '@shared/entities'
import { DEFAULT_SETTINGS } from '@shared/entities'
import type { AppStatus } from '@shared/operations'
import type { ApiError, Result } from '@shared/result'
import { api } from '@renderer/api/client'
import i18n from '@renderer/i18n'

/** Where start-up stands: still reading, the data cannot be opened, or ready to work. */
export type Startup =
  | { phase: 'loading' }
  | { phase: 'failed'; error: ApiError }
  | { phase: 'ready'; status: AppStatus; settings: Settings; settingsError: ApiError | null }

async function start(): Promise<Startup> {
  // Status first: it is the call that opens (and if need be repairs) the data.
  return afterOpening(await api['app.status']({}))
}

async function afterOpening(status: Result<AppStatus>): Promise<Startup> {
  const settings = await api['settings.get']({})
  // The saved language applies before anything but the loading line is painted, so that a
  // French-speaking user never sees the app flash in English.
  if (settings.ok) await i18n.changeLanguage(settings.value.uiLanguage)
  if (!status.ok) return { phase: 'failed', error: status.error }
  return settings.ok
    ? { phase: 'ready', status: status.value, settings: settings.value, settingsError: null }
    : { phase: 'ready', status: status.value, settings: DEFAULT_SETTINGS, settingsError: settings.error }
}

async function openAgain(takeOver: boolean): Promise<Startup> {
  const opened = await api['app.openDataFolder']({ takeOver })
  // Opened meanwhile (another request won the race): start as if it had been open all along.
  if (!opened.ok && opened.error.code === 'already-open') return start()
  return afterOpening(opened)
}

// One start-up per page load, shared by every caller: React's development mode mounts effects
// twice, and start-up notices must not be asked for (and perhaps used up) twice. A later attempt
// to open the folder replaces it, so a remount shows where start-up stands now.
let started: Promise<Startup> | undefined

/** Opens the data folder again after start-up failed; with takeOver, from whoever holds it. */
export type Reopen = (takeOver: boolean) => Promise<Startup>

/** Runs start-up once: reads the app's status and settings, and applies the saved language. */
export function useStartup(): { startup: Startup; reopen: Reopen } {
  const [startup, setStartup] = useState<Startup>({ phase: 'loading' })
  useEffect(() => {
    let current = true
    started ??= start()
    void started.then((result) => {
      if (current) setStartup(result)
    })
    return () => {
      current = false
    }
  }, [])
  const reopen = useCallback<Reopen>(async (takeOver) => {
    started = openAgain(takeOver)
    const result = await started
    setStartup(result)
    return result
  }, [])
  return { startup, reopen }
}
