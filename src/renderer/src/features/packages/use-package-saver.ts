import { useCallback, useEffect, useRef, useState } from 'react'
import type { Package } from '@shared/entities'
import type { MarkingChange } from '@shared/operations'
import type { ApiError } from '@shared/result'
import { api } from '@renderer/api/client'
import { onBeforeLock } from '@renderer/lib/before-lock'

interface PackageSaver {
  /** The package as the user sees it: each change shows at once, then the saved answer replaces it. */
  pkg: Package
  /** Saves a changed package; saves run one after another, in the order asked. The saved package, or null. */
  save: (next: Package) => Promise<Package | null>
  /** Set when the last save raised the marking to its highest brief's. */
  raised: MarkingChange | null
  dismissRaised: () => void
  error: ApiError | null
  saving: boolean
  /** Resolves once every save asked so far has answered. */
  settled: () => Promise<unknown>
}

/** Saves a package's changes in order (reordering fast must not let an older save win). */
export function usePackageSaver(initial: Package): PackageSaver {
  const [pkg, setPkg] = useState(initial)
  const [raised, setRaised] = useState<MarkingChange | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [pending, setPending] = useState(0)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const ticket = useRef(0)

  const save = useCallback((next: Package): Promise<Package | null> => {
    setPkg(next)
    setPending((n) => n + 1)
    const mine = ++ticket.current
    const run = queue.current.then(() => api['packages.save']({ package: next }))
    queue.current = run.catch(() => undefined)
    return run.then((result) => {
      setPending((n) => n - 1)
      if (!result.ok) {
        setError(result.error)
        return null
      }
      setError(null)
      // An older answer must not undo a newer change already on screen.
      if (mine === ticket.current) setPkg(result.value.package)
      if (result.value.markingRaised) setRaised(result.value.markingRaised)
      return result.value.package
    })
  }, [])

  const settled = useCallback(() => queue.current, [])
  // Saves already asked for land before the app locks.
  useEffect(() => onBeforeLock(settled), [settled])
  return { pkg, save, raised, dismissRaised: () => setRaised(null), error, saving: pending > 0, settled }
}
