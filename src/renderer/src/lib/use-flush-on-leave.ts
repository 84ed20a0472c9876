import { useEffect, useEffectEvent } from 'react'
import type { Autosave } from './autosave-scheduler'

/**
 * Saves at once whenever work could be lost: the window closing or hidden, and the composer
 * closing.
 */
export function useFlushOnLeave<T>(autosave: Autosave<T>): void {
  const flushAll = useEffectEvent(() => {
    void autosave.flush()
  })
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushAll()
    }
    const onLeave = () => flushAll()
    window.addEventListener('beforeunload', onLeave)
    window.addEventListener('pagehide', onLeave)
    document.addEventListener('visibilitychange', onHidden)
    return () => {
      window.removeEventListener('beforeunload', onLeave)
      window.removeEventListener('pagehide', onLeave)
      document.removeEventListener('visibilitychange', onHidden)
      // Leaving the editor: what is waiting is saved now. The scheduler is not stopped, so a
      // remount of the same composer (React's development checks) keeps saving.
      flushAll()
    }
  }, [])
}
