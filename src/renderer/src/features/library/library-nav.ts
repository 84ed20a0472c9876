import { createContext, useContext, useEffect } from 'react'
import type { LibraryKind } from '@shared/entities'
import type { Flash } from '@renderer/components/flash-message'

/** Where the user is inside the library: the lists, one item, or its edit form. */
export type LibraryRoute =
  | { view: 'browse'; focus?: 'search' | { itemId: string } }
  | { view: 'detail'; kind: LibraryKind; id: string }
  | { view: 'edit'; kind: LibraryKind; id: string | null; partnerIds?: string[] }

export interface LibraryNav {
  route: LibraryRoute
  /** Moves to another view; a flash message, when given, is shown above it and takes focus. */
  go: (route: LibraryRoute, flash?: Flash) => void
  /** Shows a message above the current view, and moves focus to it. */
  flash: (flash: Flash | null) => void
  /** Says the library changed, so lists and partner names are read again. */
  changed: () => void
  /** Increases on every change; views that load data key on it. */
  revision: number
  /** Moves focus where the last navigation asked (the view's heading...), once the view can take it. */
  claimFocus: () => void
}

export const LibraryNavContext = createContext<LibraryNav | null>(null)

/** Navigation inside the library screen. */
export function useLibraryNav(): LibraryNav {
  const nav = useContext(LibraryNavContext)
  if (!nav) throw new Error('useLibraryNav is used outside the library screen.')
  return nav
}

/**
 * A view that loads before it can show its heading calls this with `ready` once loaded, so
 * focus lands on the heading (and screen readers announce the new view) only when it exists.
 */
export function useClaimFocus(ready: boolean): void {
  const { claimFocus } = useLibraryNav()
  useEffect(() => {
    if (ready) claimFocus()
  }, [ready, claimFocus])
}
