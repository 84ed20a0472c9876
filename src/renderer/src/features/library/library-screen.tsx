import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { BrowseView } from './browse/browse-view'
import type { BrowseState } from './browse/search-input'
import { DEFAULT_BROWSE, toSearchInput } from './browse/search-input'
import { prefetchFirstPage } from './browse/use-library-search'
import type { AskedPage } from './browse/page-request'
import { ItemDetail } from './detail/item-detail'
import { EditView } from './edit/edit-view'
import { FlashMessage } from '@renderer/components/flash-message'
import type { Flash } from '@renderer/components/flash-message'
import type { LibraryNav, LibraryRoute } from './library-nav'
import { LibraryNavContext } from './library-nav'
import { PartnersProvider } from '@renderer/lib/partners-context'
import { useSearchShortcut } from '@renderer/lib/use-search-shortcut'

type FocusRequest = 'heading' | 'flash' | 'search' | null

/**
 * Asks for the page the library screen shows as it opens, before it is drawn (start-up calls
 * this), unless `asked` is that page already asked for.
 */
export function prefetchLibraryScreen(asked: AskedPage | null = null): void {
  prefetchFirstPage(toSearchInput(DEFAULT_BROWSE), asked)
}

/**
 * The library: lists and search, one item's detail, or its edit form. Owns where the user is,
 * what the lists show (kept while an item is open, so Back returns to the same results), the
 * message after an action, and where focus goes when the view changes.
 */
export function LibraryScreen() {
  const [route, setRoute] = useState<LibraryRoute>({ view: 'browse' })
  const [browse, setBrowse] = useState<BrowseState>(DEFAULT_BROWSE)
  const [flash, setFlash] = useState<Flash | null>(null)
  const [revision, setRevision] = useState(0)
  const containerRef = useRef<HTMLDivElement>(null)
  const flashRef = useRef<HTMLDivElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  // Nothing takes focus on first paint; each navigation says where focus should go.
  const focusRequest = useRef<FocusRequest>(null)

  const claimFocus = useCallback(() => {
    const request = focusRequest.current
    if (request === null) return
    const target =
      request === 'flash'
        ? flashRef.current
        : request === 'search'
          ? searchRef.current
          : containerRef.current?.querySelector<HTMLElement>('h1')
    // A view still loading has no heading yet; it claims focus again once it has.
    if (!target) return
    focusRequest.current = null
    target.focus()
  }, [])

  // Messages and browse views are there at once; detail and edit claim focus when loaded.
  useEffect(() => {
    if (flash || route.view === 'browse') claimFocus()
  }, [flash, route, claimFocus])

  // One `go` for the screen's life: the lists' cards hold it and are not drawn again for a new one.
  const go = useCallback<LibraryNav['go']>((next, message) => {
    const returning = next.view === 'browse' && typeof next.focus === 'object'
    focusRequest.current = message
      ? 'flash'
      : next.view === 'browse' && next.focus === 'search'
        ? 'search'
        : returning
          ? null
          : 'heading'
    setRoute(next)
    setFlash(message ?? null)
  }, [])

  const nav = useMemo<LibraryNav>(
    () => ({
      route,
      revision,
      claimFocus,
      go,
      flash: (message) => {
        focusRequest.current = message ? 'flash' : null
        setFlash(message)
      },
      changed: () => setRevision((n) => n + 1)
    }),
    [route, revision, claimFocus, go]
  )

  useSearchShortcut(() => {
    if (route.view === 'browse') searchRef.current?.focus()
    // Leaving a form would lose its changes; the shortcut works from the lists and items only.
    else if (route.view === 'detail') nav.go({ view: 'browse', focus: 'search' })
  })

  return (
    <LibraryNavContext.Provider value={nav}>
      <PartnersProvider revision={revision}>
        <div className="library" ref={containerRef}>
          <FlashMessage flash={flash} onDismiss={() => setFlash(null)} ref={flashRef} />
          {route.view === 'browse' && (
            <BrowseView
              state={browse}
              onChange={setBrowse}
              searchRef={searchRef}
              returnTo={typeof route.focus === 'object' ? route.focus.itemId : undefined}
            />
          )}
          {route.view === 'detail' && (
            <ItemDetail key={`${route.kind}:${route.id}:${revision}`} kind={route.kind} id={route.id} />
          )}
          {route.view === 'edit' && (
            <EditView
              key={`${route.kind}:${route.id ?? 'new'}`}
              kind={route.kind}
              id={route.id}
              partnerIds={route.partnerIds}
            />
          )}
        </div>
      </PartnersProvider>
    </LibraryNavContext.Provider>
  )
}
