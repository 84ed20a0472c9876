import { LIBRARY_KINDS } from '@shared/entities'
import type { LibraryItem, LibraryKind } from '@shared/entities'
import type { Marking } from '@shared/markings'
import type { Store } from '../../store'
import { COLLECTION_KEYS } from './bundle-format'
import type { Bundle, BundleManifest } from './bundle-format'
import { linkedPartners } from './export-bundle'
import { atVersion, commonVersion, sameContent, versionsOf } from './item-versions'
import type { ImportProblem } from './problems'
import { highestMarkingOf } from './bundle-marking'
import { downgradeOf } from './downgrade'
import type { Downgrade } from './downgrade'
import { signerTrust } from './trusted-signers'
import type { SignerTrust } from './trusted-signers'

/**
 * How an incoming item stands against the local library:
 * - new: the id is not in the library;
 * - updated: theirs is a later version of mine (their copy holds my current version);
 * - unchanged: both hold the same version; local-newer: mine is a later version of theirs;
 * - conflict: both changed since their common version (or they share no version at all).
 */
export const IMPORT_STATUSES = ['new', 'updated', 'unchanged', 'local-newer', 'conflict'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]

/** One incoming item, with the local one beside it, so a conflict can be shown side by side. */
export interface ImportEntry {
  kind: LibraryKind
  id: string
  status: ImportStatus
  mine?: LibraryItem
  theirs: LibraryItem
  /** For a conflict: the newest version both hold with the same content (absent when none). */
  commonVersion?: number
  /** For an update or a conflict: what taking theirs would lose (a lower marking, a draft over an approved text). */
  downgrade?: Downgrade
}

export interface ImportPreview {
  manifest: BundleManifest
  entries: ImportEntry[]
  counts: Record<ImportStatus, number>
  /** Worth knowing but no reason to refuse, such as a link to a partner neither side has. */
  warnings: ImportProblem[]
  /** Who signed the bundle, and whether this office trusts them. */
  signer: SignerTrust
  /** The highest marking the bundle carries, history included. */
  marking: Marking
  /** Whether the bundle carries earlier versions. */
  history: boolean
}

/** Compares every item of a checked bundle with the local library. Reads only. */
export function previewImport(store: Store, bundle: Bundle): ImportPreview {
  const entries: ImportEntry[] = []
  const counts = Object.fromEntries(IMPORT_STATUSES.map((status) => [status, 0])) as Record<ImportStatus, number>
  for (const kind of LIBRARY_KINDS) {
    for (const theirs of bundle.content[COLLECTION_KEYS[kind]] as LibraryItem[]) {
      const mine = store.library.get(kind, theirs.id)
      const { status, common } = classify(mine, theirs)
      counts[status] += 1
      const downgrade = status === 'updated' || status === 'conflict' ? downgradeOf(mine, theirs) : undefined
      entries.push({
        kind,
        id: theirs.id,
        status,
        ...(mine ? { mine } : {}),
        theirs,
        ...(common !== undefined ? { commonVersion: common } : {}),
        ...(downgrade ? { downgrade } : {})
      })
    }
  }
  return {
    manifest: bundle.manifest,
    entries,
    counts,
    warnings: missingPartners(store, bundle),
    signer: signerTrust(bundle.signature, store.signingKeys.get()),
    marking: highestMarkingOf(bundle.content),
    history: bundle.manifest.history ?? true
  }
}

/** How one incoming item relates to the local one with its id. */
export function classify(
  mine: LibraryItem | undefined,
  theirs: LibraryItem
): { status: ImportStatus; common?: number } {
  if (!mine) return { status: 'new' }
  if (mine.version === theirs.version && sameContent(mine, theirs)) return { status: 'unchanged' }
  if (theirs.version > mine.version && atVersion(versionsOf(theirs), mine.version).some((v) => sameContent(v, mine))) {
    return { status: 'updated' }
  }
  if (
    mine.version > theirs.version &&
    atVersion(versionsOf(mine), theirs.version).some((v) => sameContent(v, theirs))
  ) {
    return { status: 'local-newer' }
  }
  // Both reached the same text on their own: there is nothing to take.
  if (sameContent(mine, theirs)) return { status: 'unchanged' }
  const common = commonVersion(mine, theirs)
  return common === undefined ? { status: 'conflict' } : { status: 'conflict', common }
}

function missingPartners(store: Store, bundle: Bundle): ImportProblem[] {
  const known = new Set([
    ...store.library.list('partner').map((partner) => partner.id),
    ...bundle.content.partners.map((partner) => partner.id)
  ])
  const warnings: ImportProblem[] = []
  for (const kind of LIBRARY_KINDS) {
    for (const item of bundle.content[COLLECTION_KEYS[kind]] as LibraryItem[]) {
      const links =
        kind === 'partner' && 'relatedPartnerIds' in item ? item.relatedPartnerIds : linkedPartners(kind, item)
      for (const id of new Set(links)) {
        if (known.has(id)) continue
        warnings.push({
          where: `${COLLECTION_KEYS[kind]} (${item.id})`,
          message: `It is linked to the partner ${id}, which is neither in this library nor in the bundle; the link will show as missing.`
        })
      }
    }
  }
  return warnings
}
