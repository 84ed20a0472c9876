import type { Brief, LibraryItem, LibraryKind } from '@shared/entities'
import { itemTitle } from '@shared/entities'
import type { LibraryLookup } from '@shared/brief-rules'
import { markingFloor } from '@shared/brief-rules'
import { alignBrief } from '@shared/brief-translation'
import type { BilingualText } from '@shared/languages'
import type { Marking } from '@shared/markings'
import { markingRank } from '@shared/markings'
import type { MarkingChange } from '@shared/operations'
import type { History } from './history'
import { record, redo, replacePresent, seal, startHistory, undo } from './history'
import type { LibraryMap } from './library-map'
import { lookupIn, withLibraryItem } from './library-map'

/** Why the marking went up: to which level, and the item that needs it (when known). */
export interface MarkingNotice {
  from: Marking
  to: Marking
  item: BilingualText | null
}

export interface ComposerState {
  history: History<Brief>
  library: LibraryMap
  lookup: LibraryLookup
  markingNotice: MarkingNotice | null
  /**
   * The brief as the app last saved it. Which language of a text lags behind is worked out
   * against it on every edit, as the app will when it saves, so the marks show while typing.
   */
  saved: Brief
  /** Texts confirmed as still matching in both languages, to be sent with the next save. */
  confirmed: readonly string[]
}

/** The first library item of the brief that carries the given marking. */
function itemMarked(brief: Brief, lookup: LibraryLookup, marking: Marking): BilingualText | null {
  for (const section of brief.sections) {
    for (const item of section.items) {
      if (item.type !== 'library') continue
      const found = lookup(item.kind, item.itemId)
      if (found?.marking === marking) return itemTitle(item.kind, found)
    }
  }
  return null
}

/** The brief raised to its marking floor, and the notice that says why; the same brief when it is high enough. */
export function raiseToFloor(brief: Brief, lookup: LibraryLookup): { brief: Brief; notice: MarkingNotice | null } {
  const floor = markingFloor(brief, lookup)
  if (markingRank(floor) <= markingRank(brief.marking)) return { brief, notice: null }
  return {
    brief: { ...brief, marking: floor },
    notice: { from: brief.marking, to: floor, item: itemMarked(brief, lookup, floor) }
  }
}

export interface ComposerStore {
  getState: () => ComposerState
  subscribe: (listener: () => void) => () => void
  /** Applies an outline edit as one undoable step (merged with the previous one when `key` matches). */
  apply: (recipe: (brief: Brief) => Brief, key?: string) => void
  undo: () => void
  redo: () => void
  /** Ends merging of typing steps (a field lost focus). */
  seal: () => void
  /** Makes a library item known to the composer (it was just picked, or re-read). */
  addLibrary: (kind: LibraryKind, item: LibraryItem) => void
  /** "Still matches" for a text of the brief (an item's id, a section's id): sent with the next save. */
  confirmTranslation: (key: string) => void
  /** Takes in the brief as the app saved it, with the confirmations that save carried. */
  saved: (brief: Brief, confirmed: readonly string[]) => void
  /** Takes in what the app says after a save: a marking it had to raise. */
  markingRaised: (change: MarkingChange) => void
  dismissNotice: () => void
}

/**
 * The composer's state outside React, so that autosave and the editors read the latest brief
 * synchronously (a save on leaving must not wait for a render). `onChange` hears every new brief.
 */
export function createComposerStore(
  brief: Brief,
  library: LibraryMap,
  onChange: (brief: Brief) => void = () => {}
): ComposerStore {
  let state: ComposerState = {
    history: startHistory(brief),
    library,
    lookup: lookupIn(library),
    markingNotice: null,
    saved: brief,
    confirmed: []
  }
  const align = (next: Brief, from: ComposerState = state) => alignBrief(next, from.saved, from.lookup, from.confirmed)
  const listeners = new Set<() => void>()
  const set = (next: ComposerState) => {
    const changed = next.history.present !== state.history.present
    state = next
    for (const listener of listeners) listener()
    if (changed) onChange(next.history.present)
  }
  const moveTo = (target: History<Brief>) => {
    // A step back never goes below the floor the library now sets (an item's marking may have
    // gone up since); and a notice about a raise that undo took back no longer holds.
    const raised = raiseToFloor(align(target.present), state.lookup)
    const history = raised.brief !== target.present ? replacePresent(target, raised.brief) : target
    const notice = raised.notice ?? state.markingNotice
    const stillTrue = notice !== null && history.present.marking === notice.to
    set({ ...state, history, markingNotice: stillTrue ? notice : null })
  }

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    apply: (recipe, key) => {
      const edited = recipe(state.history.present)
      if (edited === state.history.present) return
      const raised = raiseToFloor(align(edited), state.lookup)
      set({
        ...state,
        history: record(state.history, raised.brief, raised.notice ? null : (key ?? null)),
        markingNotice: raised.notice ?? state.markingNotice
      })
    },
    undo: () => moveTo(undo(state.history)),
    redo: () => moveTo(redo(state.history)),
    seal: () => {
      state = { ...state, history: seal(state.history) }
    },
    confirmTranslation: (key) => {
      if (state.confirmed.includes(key)) return
      const next = { ...state, confirmed: [...state.confirmed, key] }
      // Not a step of its own: the app records the confirmation with the save, and an undo could
      // not take it back there.
      set({ ...next, history: replacePresent(state.history, align(state.history.present, next)) })
    },
    saved: (brief, confirmed) => {
      set({ ...state, saved: brief, confirmed: state.confirmed.filter((key) => !confirmed.includes(key)) })
    },
    addLibrary: (kind, item) => {
      const map = withLibraryItem(state.library, kind, item)
      if (map !== state.library) set({ ...state, library: map, lookup: lookupIn(map) })
    },
    markingRaised: (change) => {
      const present = state.history.present
      // Opening a brief reports a raise already applied; a save reports one to take in.
      const raised = markingRank(change.to) > markingRank(present.marking)
      set({
        ...state,
        history: raised ? replacePresent(state.history, { ...present, marking: change.to }) : state.history,
        markingNotice: { from: change.from, to: change.to, item: itemMarked(present, state.lookup, change.to) }
      })
    },
    dismissNotice: () => set({ ...state, markingNotice: null })
  }
}
