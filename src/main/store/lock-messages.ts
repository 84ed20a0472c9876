import type { DataInUseDetails } from '@shared/data-in-use'
import type { LockRecord } from './lock-file'

// The words for every way the data folder can be refused. Each names the lock file by its full
// path, since that is what a user (or whoever supports them) may have to look at or delete.
// The sentences speak to the command line (--take-over); the app shows its own screen, built
// from the details that come with a refusal of the folder at opening.

/** A refusal of the data folder at opening: the sentence, and its facts for the app's screen. */
export interface RefusalMessage {
  text: string
  details: DataInUseDetails
}

function detailsOf(
  holder: DataInUseDetails['holder'],
  dataDir: string,
  lockPath: string,
  owner: LockRecord | null
): DataInUseDetails {
  return {
    holder,
    dataDir,
    lockPath,
    host: owner?.host ?? null,
    pid: owner?.pid ?? null,
    // Older Dossiers may not have written when they took the folder.
    since: owner?.since ? owner.since : null
  }
}

function when(since: string): string {
  return since ? `since ${since}` : 'since an unknown time'
}

export function foreignHostMessage(dataDir: string, lockPath: string, owner: LockRecord): RefusalMessage {
  const text =
    `The data folder ${dataDir} is in use by Dossier on another computer, "${owner.host}" ` +
    `(process ${owner.pid}, ${when(owner.since)}); its lock file is ${lockPath}. ` +
    `Close Dossier on "${owner.host}" first. If Dossier is no longer running there (for instance ` +
    `that computer was switched off without closing it), take the folder over by running the ` +
    `command again with --take-over; saves the other computer still makes would then fail.`
  return { text, details: detailsOf('other-computer', dataDir, lockPath, owner) }
}

export function liveOwnerMessage(dataDir: string, lockPath: string, owner: LockRecord): RefusalMessage {
  const text =
    `Another Dossier (process ${owner.pid}, ${when(owner.since)}) is using the data folder ${dataDir}; ` +
    `its lock file is ${lockPath}. Close it first, or point this one at another folder with --data-dir. ` +
    `If that process is not Dossier, run the command again with --take-over to take the folder over.`
  return { text, details: detailsOf('other-process', dataDir, lockPath, owner) }
}

export function beingWrittenMessage(dataDir: string, lockPath: string): RefusalMessage {
  const text =
    `Another Dossier is opening the data folder ${dataDir} at this moment (its lock file ${lockPath} ` +
    `is still being written). Try again in a few seconds, or run the command with --take-over if ` +
    `this message does not go away.`
  return { text, details: detailsOf('being-written', dataDir, lockPath, null) }
}

export function contendedMessage(dataDir: string, lockPath: string): string {
  return (
    `Dossier could not take the data folder ${dataDir}: other programs kept replacing its lock file ` +
    `${lockPath}. Close the other copies of Dossier using this folder and try again.`
  )
}

export function lostLockMessage(dataDir: string, lockPath: string, now: LockRecord | null): string {
  const holder = now
    ? `its lock file ${lockPath} now names process ${now.pid} on "${now.host}" (${when(now.since)})`
    : `its lock file ${lockPath} has been removed or replaced`
  return (
    `Dossier did not save this change: it no longer holds the data folder ${dataDir}, because ` +
    `${holder}. Another Dossier has probably taken the folder over. Close this Dossier and open it ` +
    `again once the other one is closed; this change was not saved.`
  )
}

export function unreadableLockMessage(dataDir: string, lockPath: string, cause: unknown): string {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return (
    `Dossier did not save this change: it could not read its lock file ${lockPath} (${reason}) to ` +
    `check that it still holds the data folder ${dataDir}. Check that the folder is reachable, then try again.`
  )
}
