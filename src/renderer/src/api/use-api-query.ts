import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import type { ApiError, Result } from '@shared/result'

/** What a screen shows while it waits for data: still loading, the value, or the error. */
export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ApiError }

/** Turns a Result into the value-or-error shape screens render. */
export function toLoadable<T>(result: Result<T>): Loadable<T> {
  return result.ok ? { state: 'ready', value: result.value } : { state: 'failed', error: result.error }
}

/**
 * Runs `load` (a call on the api client) once on mount, and again on `reload()`; `replace(value)`
 * takes a newer value from elsewhere (an action's answer) instead.
 * To load something else, remount the component (give it a `key`): that keeps this hook free
 * of stale results from an earlier input.
 */
export function useApiQuery<T>(load: () => Promise<Result<T>>): [Loadable<T>, () => void, (value: T) => void] {
  const [loadable, setLoadable] = useState<Loadable<T>>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const run = useEffectEvent(load)

  useEffect(() => {
    let current = true
    void run().then((result) => {
      if (current) setLoadable(toLoadable(result))
    })
    return () => {
      current = false
    }
  }, [attempt])

  const reload = useCallback(() => {
    setLoadable({ state: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  // A newer value an action already answered with: shown at once, without a loading screen between.
  const replace = useCallback((value: T) => setLoadable({ state: 'ready', value }), [])
  return [loadable, reload, replace]
}
