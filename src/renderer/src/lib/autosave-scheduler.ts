import type { Result } from '@shared/result'

/** What the quiet indicator says. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'retrying' | 'invalid' | 'conflict'

/** Long enough to wait out a burst of typing, short enough that a save lands within a second. */
export const AUTOSAVE_DEBOUNCE_MS = 500

/** However steady the typing, a change waits no longer than this before it is saved. */
export const AUTOSAVE_MAX_WAIT_MS = 700

/** Waits between retries after a failed save: 2 s, 4 s, 8 s... at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(1, attempt))
}

export interface SaverOptions<T, Saved> {
  save: (value: T, expectedUpdatedAt: string) => Promise<Result<Saved>>
  /** The updatedAt of the value as opened: the first save expects it. */
  updatedAt: string
  /** The updatedAt a save answered with: the next save expects it. */
  savedAt: (saved: Saved) => string
  onStatus: (status: SaveStatus) => void
  onSaved: (saved: Saved) => void
  debounceMs?: number
  /**
   * What can be saved of a value: all of it (complete), the rest of it while one field waits
   * for a fix (not complete), or nothing (null). Everything is savable unless told.
   */
  prepare?: (value: T) => { value: T; complete: boolean } | null
  maxWaitMs?: number
  now?: () => number
}

export interface Autosave<T> {
  /** A newer value to save; saved after a pause in changes. */
  change: (value: T) => void
  /** Saves what is waiting now; resolves once saved, or once the save has failed (a retry is then scheduled). */
  flush: () => Promise<void>
  status: () => SaveStatus
  /** Stops the timers. Flush first: what is not saved then is not saved. */
  dispose: () => void
}

/**
 * Autosave without React: debounced, serialized (never two saves in flight, so the app sees
 * them in order and each expects the updatedAt of the one before), retried with back-off, and
 * stopped for good by a conflict, which only the user can resolve. A value the app refuses
 * as invalid waits for the next change. The composer saves briefs with it, the record editor
 * records.
 */
export function createSaver<T, Saved>({
  save,
  updatedAt,
  savedAt,
  onStatus,
  onSaved,
  debounceMs = AUTOSAVE_DEBOUNCE_MS,
  prepare = (value) => ({ value, complete: true }),
  maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
  now = () => Date.now()
}: SaverOptions<T, Saved>): Autosave<T> {
  // When the oldest unsaved change was made; a debounce alone would wait forever under typing
  // that never pauses long enough.
  let unsavedSince: number | null = null
  let expected = updatedAt
  let latest: T | null = null
  let dirty = false
  let inFlight: Promise<void> | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let attempts = 0
  let status: SaveStatus = 'saved'
  let stopped = false

  const setStatus = (next: SaveStatus) => {
    if (next === status) return
    status = next
    onStatus(next)
  }
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  const schedule = (ms: number) => {
    clearTimer()
    timer = setTimeout(() => {
      timer = null
      void run()
    }, ms)
  }

  const send = async (value: T): Promise<void> => {
    let result: Result<Saved>
    const prepared = prepare(value)
    try {
      result = prepared
        ? await save(prepared.value, expected)
        : {
            ok: false,
            error: { code: 'invalid-input', message: 'There is a field to fix before this can be saved.' }
          }
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: String(error) } }
    }
    inFlight = null
    if (stopped) return
    if (result.ok) {
      expected = savedAt(result.value)
      attempts = 0
      onSaved(result.value)
      // Changes made while this save was on its way go next, at once: they have waited already.
      if (dirty) void run()
      // Everything else is on disk; the field to fix is saved once it is fixed (the next change).
      else setStatus(prepared?.complete === false ? 'invalid' : 'saved')
    } else if (result.error.code === 'conflict') {
      stopped = true
      clearTimer()
      setStatus('conflict')
    } else if (result.error.code === 'invalid-input') {
      // Trying again cannot help: the next change (the officer fixing the field) saves again.
      dirty = true
      setStatus('invalid')
    } else {
      dirty = true
      attempts += 1
      setStatus('retrying')
      schedule(retryDelay(attempts))
    }
  }

  function run(): Promise<void> {
    if (inFlight) return inFlight
    if (stopped || !dirty || latest === null) return Promise.resolve()
    clearTimer()
    dirty = false
    unsavedSince = null
    setStatus('saving')
    inFlight = send(latest)
    return inFlight
  }

  return {
    change: (value) => {
      if (stopped) return
      latest = value
      dirty = true
      unsavedSince ??= now()
      if (!inFlight && status !== 'retrying') setStatus('pending')
      // (an 'invalid' status gives way to 'pending': the change may be the fix)
      if (status !== 'retrying') schedule(Math.max(0, Math.min(debounceMs, unsavedSince + maxWaitMs - now())))
    },
    flush: async () => {
      clearTimer()
      while (!stopped) {
        if (inFlight) {
          await inFlight
          continue
        }
        if (!dirty) return
        await run()
        // A failed save leaves the work waiting: a retry is scheduled, or a fix is needed.
        if (status === 'retrying' || status === 'invalid') return
      }
    },
    status: () => status,
    dispose: () => {
      clearTimer()
      stopped = true
    }
  }
}
