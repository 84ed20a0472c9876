import { useCallback, useEffect, useMemo, useState } from 'react'
import type { BriefOpened } from '@shared/operations'
import { api } from '@renderer/api/client'
import type { Flash } from '@renderer/components/flash-message'
import { onBeforeLock } from '@renderer/lib/before-lock'
import { createAutosave } from '../autosave/autosave-scheduler'
import { savableBrief } from '../autosave/savable-brief'
import type { SaveStatus } from '../autosave/autosave-scheduler'
import { useFlushOnLeave } from '@renderer/lib/use-flush-on-leave'
import { createResolveCache } from '../preview/resolve-cache'
import type { ComposerApi } from './composer-context'
import { createComposerStore } from './composer-store'
import type { ComposerStore } from './composer-store'
import { toLibraryMap } from './library-map'
import { createOutlineActions } from './outline-actions'

/** The composer's working parts for one opened brief: store, autosave, edits, announcements. */
export function useComposerCore(opened: BriefOpened) {
  const [status, setStatus] = useState<SaveStatus>('saved')
  const [flash, setFlash] = useState<Flash | null>(null)
  const [announcement, setAnnouncement] = useState('')

  const [core] = useState(() => {
    let store: ComposerStore | null = null
    let lastSaved = opened.brief
    const autosave = createAutosave({
      save: async (brief, expectedUpdatedAt) => {
        // Confirmations ride with the save, so the app records them with the text they confirm.
        const confirmed = [...(store?.getState().confirmed ?? [])]
        const result = await api['briefs.save']({
          brief,
          expectedUpdatedAt,
          ...(confirmed.length > 0 ? { confirmTranslations: confirmed } : {})
        })
        if (result.ok) store?.saved(result.value.brief, confirmed)
        return result
      },
      // A half-typed detail (an empty date) must not hold up everything else typed meanwhile:
      // the rest is saved with that field as last saved, and the field waits for its fix.
      prepare: (brief) => savableBrief(brief, lastSaved),
      updatedAt: opened.brief.updatedAt,
      onStatus: setStatus,
      onSaved: (saved) => {
        lastSaved = saved.brief
        if (saved.markingRaised) store?.markingRaised(saved.markingRaised)
      }
    })
    store = createComposerStore(opened.brief, toLibraryMap(opened.library), autosave.change)
    if (opened.markingRaised) store.markingRaised(opened.markingRaised)
    return { store, autosave, resolve: createResolveCache() }
  })

  // The same words twice would not be read again by a live region; a trailing space makes them new.
  const announce = useCallback((text: string) => setAnnouncement((now) => (now === text ? `${text}\u00a0` : text)), [])
  /** Everything typed so far saved now; answers where saving stands afterwards. */
  const flushAll = useCallback(async (): Promise<SaveStatus> => {
    core.store.seal()
    await core.autosave.flush()
    return core.autosave.status()
  }, [core])

  const value = useMemo<ComposerApi>(
    () => ({
      store: core.store,
      resolve: core.resolve,
      announce,
      actions: createOutlineActions({ store: core.store, resolve: core.resolve, announce, flash: setFlash })
    }),
    [core, announce]
  )

  useFlushOnLeave(core.autosave)
  // Locking saves what is typed first: once the app is locked, nothing can be saved.
  useEffect(() => onBeforeLock(flushAll), [flushAll])
  return { value, status, flash, setFlash, announcement, flushAll }
}
