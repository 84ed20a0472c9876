import { useCallback, useEffect, useRef, useState } from 'react'
import type { Settings } from '@shared/entities'
import { DEFAULT_SETTINGS, needsWelcome } from '@shared/entities'
import type { AppStatus, LockReason } from '@shared/operations'
import type { ApiError, Result } from '@shared/result'
import { api } from '@renderer/api/client'
import { beforeLock } from '@renderer/lib/before-lock'
import { prefetchLibraryScreen } from '@renderer/features/library'
import i18n, { currentLanguage } from '@renderer/i18n'
import { takeEarlyCalls } from './early-calls'
import { firstSection } from './sections'

/**
 * Where start-up stands: still reading, the data cannot be opened, a new folder waiting for its
 * passphrase, a plain folder waiting for one to be encrypted with, an encrypted folder locked
 * (at start, or by a lock: `reason`), or ready to work.
 */
export type Startup =
  | { phase: 'loading' }
  | { phase: 'failed'; error: ApiError }
  | { phase: 'set-up' }
  | { phase: 'protect' }
  | { phase: 'locked'; reason: LockReason | null }
  | { phase: 'ready'; status: AppStatus; settings: Settings; settingsError: ApiError | null }

async function start(): Promise<Startup> {
  // The status says whether the data opened (and what opening it repaired). The settings are
  // asked for at the same time, not after it: each call waits for the folder to open, and one
  // more round trip after that is time the officer waits. They are not used unless it opened.
  const early = takeEarlyCalls()
  const settings = early?.settings ?? api['settings.get']({})
  const startup = await afterOpening(await (early?.status ?? api['app.status']({})), settings)
  // The library comes first: its first page is asked for now, and is on its way while React draws it.
  if (startup.phase === 'ready' && firstSection() === 'library' && !needsWelcome(startup.settings)) {
    prefetchLibraryScreen(early?.firstPage ?? null)
  }
  return startup
}

async function afterOpening(
  status: Result<AppStatus>,
  asked: Promise<Result<Settings>> | null = null
): Promise<Startup> {
  // Waiting for a passphrase: there are no settings to read yet, so the system's language stays.
  if (!status.ok && status.error.code === 'needs-set-up') return { phase: 'set-up' }
  if (!status.ok && status.error.code === 'needs-encryption') return { phase: 'protect' }
  if (!status.ok && status.error.code === 'data-locked') return { phase: 'locked', reason: null }
  const settings = (await asked) ?? (await api['settings.get']({}))
  // The saved language applies before anything but the loading line is painted, so that a
  // French-speaking user never sees the app flash in English.
  if (settings.ok) await i18n.changeLanguage(settings.value.uiLanguage)
  if (!status.ok) return { phase: 'failed', error: status.error }
  return settings.ok
    ? { phase: 'ready', status: status.value, settings: settings.value, settingsError: null }
    : { phase: 'ready', status: status.value, settings: DEFAULT_SETTINGS, settingsError: settings.error }
}

async function openAgain(takeOver: boolean): Promise<Startup> {
  // Still at start (another Dossier held the folder): it may open with the key this computer keeps.
  const opened = await api['app.openDataFolder']({ takeOver, credentialStore: true })
  // Opened meanwhile (another request won the race): start as if it had been open all along.
  if (!opened.ok && opened.error.code === 'already-open') return start()
  return afterOpening(opened)
}

// Refusals of the passphrase itself, and an encryption that left the folder as it was: the
// screen stays, says why, and keeps what was typed.
const REFUSALS = new Set<string>(['wrong-passphrase', 'invalid-input', 'encryption-failed'])

async function openWith(passphrase: string, settingUp: boolean): Promise<Startup | ApiError> {
  const opened = await api['app.openDataFolder']({ takeOver: false, passphrase })
  if (!opened.ok) {
    if (REFUSALS.has(opened.error.code)) return opened.error
    if (opened.error.code === 'already-open') return start()
    return afterOpening(opened)
  }
  // The language the set-up screen was read in becomes the saved one, so the app does not
  // switch to the default language the moment the library appears. A failure only costs that.
  if (settingUp) await api['settings.update']({ uiLanguage: currentLanguage() })
  return afterOpening(opened)
}

// One start-up per page load, shared by every caller: React's development mode mounts effects
// twice, and start-up notices must not be asked for (and perhaps used up) twice. A later attempt
// to open the folder, or a lock, replaces it, so a remount shows where start-up stands now.
let started: Promise<Startup> | undefined

/** Opens the data folder again after start-up failed; with takeOver, from whoever holds it. */
export type Reopen = (takeOver: boolean) => Promise<Startup>

/**
 * Offers a passphrase: unlocks the folder, sets a new one up with it, or encrypts a plain one in
 * place with it. Answers why the passphrase was refused (the screen stays), or null once the app
 * has moved on.
 */
export type OfferPassphrase = (passphrase: string) => Promise<ApiError | null>

/** Unlocks with the key this computer account keeps; answers why not (the screen stays), or null once the app has moved on. */
export type UnlockWithComputer = () => Promise<ApiError | null>

/** Locks the app: what is being edited is saved, the main process forgets the key, the window shows only the unlock screen. */
export type Lock = (reason: LockReason) => Promise<void>

/**
 * Starts start-up as soon as the page's code runs, before React first renders (main.tsx): the
 * folder is opening meanwhile, and the first paint need not wait for the first question.
 */
export function beginStartup(): void {
  started ??= start()
}

/** Runs start-up once: reads the app's status and settings, and applies the saved language; then opens, unlocks and locks. */
export function useStartup(): {
  startup: Startup
  reopen: Reopen
  unlock: OfferPassphrase
  unlockWithComputer: UnlockWithComputer
  setUp: OfferPassphrase
  /** The same call as unlock: the main process knows the folder is plain, and encrypts it first. */
  encrypt: OfferPassphrase
  lock: Lock
  /** The folder turned out to be locked already (the main process did not wait): drop everything now. */
  dropContent: () => void
  /** The first-start step saved these settings: the app goes on with them. */
  welcomed: (settings: Settings) => void
} {
  const [startup, setStartup] = useState<Startup>({ phase: 'loading' })
  const locking = useRef<Promise<void> | null>(null)
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
  const show = useCallback((next: Startup) => {
    started = Promise.resolve(next)
    setStartup(next)
  }, [])
  const reopen = useCallback<Reopen>(async (takeOver) => {
    started = openAgain(takeOver)
    const result = await started
    setStartup(result)
    return result
  }, [])
  const offer = useCallback(
    async (passphrase: string, settingUp: boolean): Promise<ApiError | null> => {
      const result = await openWith(passphrase, settingUp)
      if (!('phase' in result)) return result
      show(result)
      return null
    },
    [show]
  )
  const unlock = useCallback<OfferPassphrase>((passphrase) => offer(passphrase, false), [offer])
  const unlockWithComputer = useCallback<UnlockWithComputer>(async () => {
    const opened = await api['app.openDataFolder']({ takeOver: false, credentialStore: true })
    // Still locked: the credential store did not give the key back; the passphrase is asked.
    if (!opened.ok && opened.error.code === 'data-locked') return opened.error
    show(!opened.ok && opened.error.code === 'already-open' ? await start() : await afterOpening(opened))
    return null
  }, [show])
  const setUp = useCallback<OfferPassphrase>((passphrase) => offer(passphrase, true), [offer])
  const lock = useCallback<Lock>(
    async (reason) => {
      // Asked twice (the button, then the main process's word that it locked): one lock.
      locking.current ??= (async () => {
        // Typing not yet saved is saved first, while the key is still there to save it with.
        await beforeLock()
        // Whatever the answer (locked, or locked already), the window drops its content.
        await api['app.lock']({})
      })().finally(() => {
        locking.current = null
      })
      await locking.current
      show({ phase: 'locked', reason })
    },
    [show]
  )
  const dropContent = useCallback(() => show({ phase: 'locked', reason: null }), [show])
  const welcomed = useCallback(
    (settings: Settings) => {
      if (startup.phase === 'ready') show({ ...startup, settings })
    },
    [startup, show]
  )
  return { startup, reopen, unlock, unlockWithComputer, setUp, encrypt: unlock, lock, dropContent, welcomed }
}
