import { useEffect, useState } from 'react'
import type { Settings } from '@shared/entities'
import { DEFAULT_SETTINGS } from '@shared/entities'
import type { AppStatus } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import i18n from '@renderer/i18n'

/** Where start-up stands: still reading, the data cannot be opened, or ready to work. */
export type Startup =
  | { phase: 'loading' }
  | { phase: 'failed'; error: ApiError }
  | { phase: 'ready'; status: AppStatus; settings: Settings; settingsError: ApiError | null }

async function start(): Promise<Startup> {
  // Status first: it is the call that opens (and if need be repairs) the data.
  const status = await api['app.status']({})
  const settings = await api['settings.get']({})
  // The saved language applies before anything but the loading line is painted, so that a
  // French-speaking user never sees the app flash in English.
  if (settings.ok) await i18n.changeLanguage(settings.value.uiLanguage)
  if (!status.ok) return { phase: 'failed', error: status.error }
  return settings.ok
    ? { phase: 'ready', status: status.value, settings: settings.value, settingsError: null }
    : { phase: 'ready', status: status.value, settings: DEFAULT_SETTINGS, settingsError: settings.error }
}

// One start-up per page load, shared by every caller: React's development mode mounts effects
// twice, and start-up notices must not be asked for (and perhaps used up) twice.
let started: Promise<Startup> | undefined

/** Runs start-up once: reads the app's status and settings, and applies the saved language. */
export function useStartup(): Startup {
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
  return startup
}
