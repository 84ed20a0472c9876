import type { FieldIssue } from '@shared/result'
import { ApiFailure } from '../failure'
import { KIND_WORDS } from '../library/item-content'
import type { ImportChoice } from './apply-import'
import type { ImportEntry, ImportPreview } from './preview-import'
import { choiceKey } from './choice-key'
import { isTrusted } from './trusted-signers'

// What an import may not do without a person saying so: take a file nobody trusted stands
// behind (unsigned, or signed by an unknown publisher), lower an item's marking, or put a draft
// in place of an approved item. The window asks for each; the command line has --accept-unsigned
// and --allow-downgrade. Checked here, in the main process, whatever the window sent.

/** What the person confirmed for this import. */
export interface ImportConsent {
  /** Take the file although it is unsigned or its signer is not trusted. */
  unsigned?: boolean
  /** Entries (`kind:id`) confirmed one by one, although they lower a marking or an approval. */
  downgrades?: readonly string[]
}

/** What the gate reads of a preview: the core's own, or the one the window and the command line see. */
type Gated = Pick<ImportPreview, 'signer'> & { entries: Pick<ImportEntry, 'kind' | 'id' | 'status' | 'downgrade'>[] }

/** Entries that would replace mine with a lower marking or a draft, given the choices (a conflict only when theirs is taken). */
export function downgradesTaken<P extends Gated>(preview: P, choices: Record<string, ImportChoice>): P['entries'] {
  return preview.entries.filter((entry) => {
    if (!entry.downgrade) return false
    if (entry.status === 'updated') return true
    return entry.status === 'conflict' && choices[choiceKey(entry.kind, entry.id)] === 'theirs'
  })
}

/** Refuses, writing nothing, an import that needs a confirmation it did not get. */
export function checkConsent(preview: Gated, choices: Record<string, ImportChoice>, consent: ImportConsent): void {
  const { signer } = preview
  if (!isTrusted(signer) && consent.unsigned !== true) {
    throw new ApiFailure(
      'untrusted-file',
      signer.status === 'unsigned'
        ? 'This bundle is not signed, so nothing shows who made it or that it was not changed on the way. Nothing was imported. Import it only if you know where it came from, and confirm that you accept an unsigned file.'
        : `This bundle is signed by "${signer.name}" (fingerprint ${signer.fingerprint}), a publisher this office does not trust. Nothing was imported. Check the fingerprint with the publisher and trust its key in Settings, or confirm that you accept this file anyway.`
    )
  }
  const confirmed = new Set(consent.downgrades ?? [])
  const unconfirmed: FieldIssue[] = downgradesTaken(preview, choices)
    .filter((entry) => !confirmed.has(choiceKey(entry.kind, entry.id)))
    .map((entry) => ({ path: choiceKey(entry.kind, entry.id), message: describeDowngrade(entry) }))
  if (unconfirmed.length > 0) {
    throw new ApiFailure(
      'downgrade-unconfirmed',
      `${unconfirmed.length} item(s) would lose their marking or approval if imported. Nothing was imported. Confirm each one, or keep mine.`,
      unconfirmed
    )
  }
}

/** The downgrade of one entry in plain words, for the log and the command line. */
export function describeDowngrade(entry: Pick<ImportEntry, 'kind' | 'id' | 'downgrade'>): string {
  const parts: string[] = []
  const { downgrade } = entry
  if (downgrade?.marking)
    parts.push(`its marking would go down from ${downgrade.marking.from} to ${downgrade.marking.to}`)
  if (downgrade?.approval) parts.push('the approved text would be replaced by a draft')
  return `The ${KIND_WORDS[entry.kind]} ${entry.id}: ${parts.join(', and ')}.`
}
