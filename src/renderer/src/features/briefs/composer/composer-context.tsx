import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Resolve } from '../preview/resolve-cache'
import type { ComposerState, ComposerStore } from './composer-store'
import type { OutlineActions } from './outline-actions'

/** What every part of the composer reaches: the state, the edits, and the shared services. */
export interface ComposerApi {
  store: ComposerStore
  actions: OutlineActions
  /** resolveItem, cached per brief item (shared by the outline, the preview and the checks). */
  resolve: Resolve
  /** Says something in the composer's live region. */
  announce: (text: string) => void
}

export const ComposerContext = createContext<ComposerApi | null>(null)

/** The composer around this component. */
export function useComposer(): ComposerApi {
  const composer = useContext(ComposerContext)
  if (!composer) throw new Error('useComposer is used outside the composer.')
  return composer
}

/** One part of the composer's state; the component renders again only when that part changes. */
export function useComposerState<T>(select: (state: ComposerState) => T): T {
  const { store } = useComposer()
  return useSyncExternalStore(store.subscribe, () => select(store.getState()))
}

/** The brief as it stands now. */
export function useBrief() {
  return useComposerState((state) => state.history.present)
}
