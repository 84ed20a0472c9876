import { useEffect, useEffectEvent } from 'react'
import type { LockReason } from '@shared/operations'
import { api } from '@renderer/api/client'

/** At most one activity report per this long; input in between is reported as the time is up. */
export const ACTIVITY_REPORT_MS = 5000

// Input in the window: the person is here. Moving the pointer over the window counts too.
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/**
 * While an encrypted folder is open: tells the main process the user is at the window (it runs
 * the idle clock, api-session.ts), and listens for its word that the app is about to lock (idle,
 * screen locked, sleep), to save and lock. Finding the folder locked already drops everything.
 */
export function useLockWatch(active: boolean, lock: (reason: LockReason) => void, dropContent: () => void): void {
  const onLock = useEffectEvent(lock)
  const onLocked = useEffectEvent(dropContent)

  useEffect(() => {
    if (!active) return
    let current = true
    void api['app.waitForLock']({}).then((result) => {
      if (!current) return
      if (result.ok) onLock(result.value.reason)
      else if (result.error.code === 'data-locked') onLocked()
    })
    return () => {
      current = false
    }
  }, [active])

  useEffect(() => {
    if (!active) return
    let last = 0
    let later: ReturnType<typeof setTimeout> | undefined
    const send = () => {
      last = Date.now()
      void api['app.reportActivity']({}).then((result) => {
        if (!result.ok && result.error.code === 'data-locked') onLocked()
      })
    }
    const report = () => {
      const wait = last + ACTIVITY_REPORT_MS - Date.now()
      if (wait <= 0) return send()
      // Input inside the window still counts: it is reported as the window ends, so the idle
      // clock always runs from the last input, not from an earlier one up to five seconds before.
      later ??= setTimeout(() => {
        later = undefined
        send()
      }, wait)
    }
    const options = { capture: true, passive: true }
    for (const name of INPUT_EVENTS) window.addEventListener(name, report, options)
    return () => {
      clearTimeout(later)
      for (const name of INPUT_EVENTS) window.removeEventListener(name, report, options)
    }
  }, [active])
}
