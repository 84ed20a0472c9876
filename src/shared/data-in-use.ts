import { z } from 'zod'
import { deferred } from './deferred-schema'

// A data folder is held by one Dossier at a time (a lock file inside it). When another one
// holds it, the app offers to take it over, and the person deciding needs the facts in their
// own language: who holds it, since when, and which file is the lock. So the refusal carries
// them as data, beside the main process's English sentence.

/**
 * Who holds the folder: Dossier on another computer (a shared drive), a process still running
 * on this computer, or a Dossier that is writing its lock at this very moment.
 */
export const LOCK_HOLDERS = ['other-computer', 'other-process', 'being-written'] as const
export type LockHolder = (typeof LOCK_HOLDERS)[number]

/** The facts of a data-in-use refusal. Fields the lock file does not (yet) name are null. */
export const dataInUseDetailsSchema = deferred(() =>
  z
    .object({
      holder: z.enum(LOCK_HOLDERS),
      dataDir: z.string().min(1),
      /** The lock file's full path: what a user, or their support team, may have to look at. */
      lockPath: z.string().min(1),
      /** The holder's computer name. */
      host: z.string().nullable(),
      pid: z.number().int().positive().nullable(),
      /** When the holder took the folder, as it wrote it (an ISO timestamp from any Dossier that writes one). */
      since: z.string().nullable()
    })
    .strict()
)
export type DataInUseDetails = z.infer<typeof dataInUseDetailsSchema>
