import type { Brief } from '@shared/entities'
import type { BriefSaved } from '@shared/operations'
import type { Result } from '@shared/result'
import { createSaver } from '@renderer/lib/autosave-scheduler'
import type { Autosave, SaveStatus } from '@renderer/lib/autosave-scheduler'

// The composer's autosave: the app's one scheduler (lib/autosave-scheduler.ts), saving briefs.

export { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, retryDelay } from '@renderer/lib/autosave-scheduler'
export type { SaveStatus }
export type BriefAutosave = Autosave<Brief>

export interface AutosaveOptions {
  save: (brief: Brief, expectedUpdatedAt: string) => Promise<Result<BriefSaved>>
  /** The updatedAt of the brief as opened: the first save expects it. */
  updatedAt: string
  onStatus: (status: SaveStatus) => void
  onSaved: (saved: BriefSaved) => void
  debounceMs?: number
  /** What can be saved of a brief now (savable-brief.ts); everything unless told. */
  prepare?: (brief: Brief) => { brief: Brief; complete: boolean } | null
  maxWaitMs?: number
  now?: () => number
}

/** Saves a brief after a pause in changes, in order, retried, stopped by a conflict. */
export function createAutosave({ prepare, ...options }: AutosaveOptions): BriefAutosave {
  return createSaver<Brief, BriefSaved>({
    ...options,
    savedAt: (saved) => saved.brief.updatedAt,
    ...(prepare
      ? {
          prepare: (brief: Brief) => {
            const prepared = prepare(brief)
            return prepared && { value: prepared.brief, complete: prepared.complete }
          }
        }
      : {})
  })
}
