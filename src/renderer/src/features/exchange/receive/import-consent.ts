import type { BundlePreview } from '@shared/exchange-inputs'
import type { Choices } from './import-choices'
import { entryKey } from './import-choices'

type Entry = BundlePreview['entries'][number]

/** What the user confirmed in the review: the risk of an untrusted file, and each downgrade by key. */
export interface Consent {
  acceptedRisk: boolean
  confirmed: ReadonlySet<string>
}

export const NO_CONSENT: Consent = { acceptedRisk: false, confirmed: new Set() }

/** True when the file comes from this office or a publisher it trusts: nothing to accept. */
export function trustedSigner(preview: Pick<BundlePreview, 'signer'>): boolean {
  return preview.signer.status === 'own' || preview.signer.status === 'trusted'
}

/** Entries that would lower a marking or an approval: shown first, each to confirm. */
export function downgradeEntries(preview: Pick<BundlePreview, 'entries'>): Entry[] {
  return preview.entries.filter((entry) => entry.downgrade !== undefined)
}

/** Downgrades applying would make with these choices (a conflict's only when theirs is taken). */
export function downgradesTaken(preview: Pick<BundlePreview, 'entries'>, choices: Choices): Entry[] {
  return downgradeEntries(preview).filter(
    (entry) => entry.status === 'updated' || (entry.status === 'conflict' && choices[entryKey(entry)] === 'theirs')
  )
}

/** What still stands in the way of applying, as a catalog key and its values; null when nothing does. */
export function consentMissing(
  preview: Pick<BundlePreview, 'entries' | 'signer'>,
  choices: Choices,
  consent: Consent
): { key: string; values: Record<string, number> } | null {
  if (!trustedSigner(preview) && !consent.acceptedRisk) return { key: 'signing.preview.riskWaiting', values: {} }
  const missing = downgradesTaken(preview, choices).filter((entry) => !consent.confirmed.has(entryKey(entry)))
  if (missing.length > 0) return { key: 'signing.preview.downgradesWaiting', values: { count: missing.length } }
  return null
}

/** The consent as applyImport takes it: only keys of this preview's downgrades. */
export function consentToSend(
  preview: Pick<BundlePreview, 'entries'>,
  consent: Consent
): { acceptUnsigned: boolean; confirmedDowngrades: string[] } {
  const confirmedDowngrades = downgradeEntries(preview)
    .map(entryKey)
    .filter((key) => consent.confirmed.has(key))
  return { acceptUnsigned: consent.acceptedRisk, confirmedDowngrades }
}
