import { z } from 'zod'
import { deferred } from './deferred-schema'

// "Unlock without typing on this computer": the data key, wrapped a second time by the operating
// system's credential store (Electron's safeStorage), kept by this computer account and never in
// the data folder. The passphrase stays the way in everywhere else, and the recovery path.

/**
 * Why this computer cannot keep the key safely, although the app runs here:
 * - basic-text: on Linux no keyring (GNOME Keyring, KWallet) answered, and Chromium would wrap the
 *   key with a password written in its own source code, which protects nothing;
 * - data-folder: the data folder holds the folder where this computer account keeps its keys, so
 *   the key would travel with the data.
 */
export const COMPUTER_UNLOCK_REFUSALS = ['basic-text', 'data-folder'] as const
export type ComputerUnlockRefusal = (typeof COMPUTER_UNLOCK_REFUSALS)[number]

/** Where unlocking without typing stands for the open data folder on this computer account. */
export type ComputerUnlockStatus =
  /** Nothing to offer: the command line, a folder that is not encrypted, or no credential store on this computer. */
  | { state: 'not-offered' }
  /** The system has a credential store, but it would not protect the key: said, not offered. */
  | { state: 'unsafe'; reason: ComputerUnlockRefusal }
  | { state: 'off' }
  | { state: 'on' }
  /** Turned on, but the credential store could not read the key this time (another account, a changed keyring). */
  | { state: 'failed' }

/** Turning it on: the passphrase again, as proof that the person at the window owns the data. */
export const turnOnComputerUnlockInput = deferred(() =>
  z
    .object({
      // The same cap as app.openDataFolder's: a page cannot hand the key derivation megabytes.
      passphrase: z.string().min(1).max(1024)
    })
    .strict()
)
