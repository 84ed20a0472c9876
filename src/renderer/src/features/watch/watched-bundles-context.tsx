import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import type { ReactNode } from 'react'
import type { WatchScan } from '@shared/watch-inputs'
import { api } from '@renderer/api/client'

/** How often Dossier looks in the watched folders while it runs (and whenever the window gets focus). */
export const LOOK_EVERY_MS = 60_000

interface WatchedBundles {
  /** The last look's findings; null before the first look answers. */
  scan: WatchScan | null
  /** Looks again now (after a folder was added, a bundle imported or set aside). */
  lookAgain: () => Promise<void>
}

const Context = createContext<WatchedBundles>({ scan: null, lookAgain: async () => undefined })

/**
 * Looks through the watched folders at start, every minute and when the window comes back to
 * the front, for the banner and the Exchange screen to share one answer. A look that fails
 * (the app is locking, a share went away mid-look) keeps the last answer: the next look retries.
 */
export function WatchedBundlesProvider({ children }: { children: ReactNode }) {
  const [scan, setScan] = useState<WatchScan | null>(null)
  const lookAgain = useCallback(
    () =>
      api['watch.scan']({}).then((result) => {
        if (result.ok) setScan(result.value)
      }),
    []
  )
  useEffect(() => {
    const look = () => void lookAgain()
    look()
    const timer = setInterval(look, LOOK_EVERY_MS)
    window.addEventListener('focus', look)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', look)
    }
  }, [lookAgain])
  return <Context value={{ scan, lookAgain }}>{children}</Context>
}

export function useWatchedBundles(): WatchedBundles {
  return useContext(Context)
}
