import { useCallback, useEffect, useRef, useState } from 'react'
import { FlashMessage } from '@renderer/components/flash-message'
import { NewPackageView } from './new-package-view'
import { PackageEditor } from './package-editor'
import { PackageList } from './package-list'
import type { Flash, PackagesGo, PackagesRoute } from './packages-nav'

/**
 * Packages (trip binders): the list, a form for a new one, and the editor of one package.
 * Owns where the user is, the message after an action (with Undo), and where focus goes.
 */
export function PackagesScreen() {
  const [route, setRoute] = useState<PackagesRoute>({ view: 'list' })
  const [flash, setFlash] = useState<Flash | null>(null)
  // Views key on this so that an Undo shows the package again at once.
  const [revision, setRevision] = useState(0)
  const containerRef = useRef<HTMLDivElement>(null)
  const flashRef = useRef<HTMLDivElement>(null)
  const focusRequest = useRef<'heading' | 'flash' | null>(null)

  /** Focus goes to the message or the view's heading once it exists; views that load call it when ready. */
  const claimFocus = useCallback(() => {
    const request = focusRequest.current
    if (request === null) return
    const target = request === 'flash' ? flashRef.current : containerRef.current?.querySelector<HTMLElement>('h1')
    if (!target) return
    focusRequest.current = null
    target.focus()
  }, [])

  useEffect(() => claimFocus(), [route, flash, claimFocus])

  const go = useCallback<PackagesGo>((next, message) => {
    focusRequest.current = message ? 'flash' : 'heading'
    setRoute(next)
    setFlash(message ?? null)
  }, [])

  const showFlash = useCallback((message: Flash | null) => {
    focusRequest.current = message ? 'flash' : null
    setFlash(message)
  }, [])

  const changed = useCallback(() => setRevision((n) => n + 1), [])

  return (
    <div className="packages" ref={containerRef}>
      <FlashMessage flash={flash} onDismiss={() => setFlash(null)} ref={flashRef} />
      {route.view === 'list' && <PackageList key={revision} go={go} onReady={claimFocus} />}
      {route.view === 'new' && <NewPackageView go={go} />}
      {route.view === 'edit' && (
        <PackageEditor
          key={`${route.id}:${revision}`}
          id={route.id}
          go={go}
          flash={showFlash}
          changed={changed}
          onReady={claimFocus}
        />
      )}
    </div>
  )
}
