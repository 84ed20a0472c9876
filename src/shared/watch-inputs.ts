import { z } from 'zod'
import { idSchema } from './entities'
import type { LibraryKind } from './entities'
import type { Marking } from './markings'
import { deferred } from './deferred-schema'

// Folders where headquarters publishes signed bundles (a departmental share, a synchronised
// drive, a USB key), as the window sees them. The window names a folder or an offer by the id
// the main process gave it; a path is shown to the user but never sent back.

/** A watched folder, named by the id the main process gave it when it was added. */
export const watchedFolderRefInput = z.object({ watchId: idSchema }).strict()

/** A bundle found in a watched folder, named by the id the last scan gave it. */
export const bundleOfferRefInput = deferred(() => z.object({ offerId: z.string().min(1).max(100) }).strict())

export interface WatchedFolderView {
  watchId: string
  /** Where it is, to show. */
  path: string
  addedAt: string
  /** False when the folder cannot be read now (a share not mounted, a USB key not inserted). */
  reachable: boolean
}

/** A bundle from a trusted publisher that this office has neither imported nor set aside. */
export interface BundleOffer {
  offerId: string
  fileName: string
  /** The watched folder it was found in, to show. */
  folder: string
  /** The trusted publisher who signed it, by the name this office gave it when trusting it. */
  signer: { name: string; fingerprint: string }
  /** The highest marking in the bundle. */
  marking: Marking
  /** When the publisher made it. */
  createdAt: string
  counts: Record<LibraryKind, number>
}

/**
 * Why a bundle file in a watched folder is not offered: nobody signed it, a publisher this office
 * does not trust signed it, or it cannot be read as a bundle (damaged, changed, too large).
 */
export type PassedOverReason = 'unsigned' | 'untrusted' | 'unreadable'

export interface PassedOverFile {
  fileName: string
  folder: string
  reason: PassedOverReason
  /** The name the signature gives, for an untrusted signer; the problem, for an unreadable file. */
  detail: string | null
}

/** What a look through every watched folder found. */
export interface WatchScan {
  /** How many folders are watched (none: there was nowhere to look). */
  folders: number
  offers: BundleOffer[]
  passedOver: PassedOverFile[]
  /** Watched folders that could not be read this time. */
  unreachable: string[]
  /** Folders holding more bundle files than one look reads: the newest were looked at. */
  crowded: string[]
}
