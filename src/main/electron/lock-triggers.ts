import type { LockReason } from '@shared/operations'
import type { Logger } from '../core/log'

/** The part of Electron's powerMonitor that locking listens to. */
export interface PowerEvents {
  on(event: 'lock-screen' | 'suspend', listener: () => void): unknown
}

/**
 * Locks an encrypted data folder when the screen locks and when the computer goes to sleep: a
 * laptop left in a hotel room, or closed at the airport, shows nothing without its passphrase.
 * The session asks the window to save its edits first (a short grace on sleep: the system does
 * not wait long), and does nothing for a plain folder.
 */
export function lockOnSystemEvents(
  power: PowerEvents,
  session: { requestLock(reason: LockReason): Promise<void> },
  log: Logger
): void {
  const lock = (reason: LockReason) => () => {
    session.requestLock(reason).catch((error: unknown) => log.error(`Dossier could not lock (${reason})`, error))
  }
  power.on('lock-screen', lock('screen-locked'))
  power.on('suspend', lock('suspend'))
}
