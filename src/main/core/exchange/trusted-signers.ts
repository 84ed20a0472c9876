import type { SignerTrust } from '@shared/exchange-inputs'
import type { SigningKeys, TrustedSigner } from '../../store'
import type { BundleSignature } from './signature'
import { fingerprintOf } from './publisher-identity'
import { sameName } from '@shared/fold-text'

// Who stands behind a bundle, as this office sees it: its own identity, a publisher it trusts, a
// publisher it does not know, or nobody (no signature).
export type { SignerTrust }

/** Judges a checked signature against the office's own identity and its trusted publishers. */
export function signerTrust(signature: BundleSignature | null, keys: SigningKeys): SignerTrust {
  if (signature === null) return { status: 'unsigned' }
  const fingerprint = fingerprintOf(signature.publicKey)
  if (keys.identity?.publicKey === signature.publicKey) {
    return { status: 'own', name: keys.identity.name, fingerprint }
  }
  // Known by its key, never by its name: anyone can sign under any name.
  const trusted = keys.trusted.find((signer) => signer.publicKey === signature.publicKey)
  if (trusted) return { status: 'trusted', name: trusted.name, fingerprint }
  // A name this office knows under another key is what a forger would sign under: said so.
  const borrowed = namesakeOf(keys, signature.name, signature.publicKey) !== null
  return { status: 'untrusted', name: signature.name, fingerprint, ...(borrowed ? { borrowedName: true } : {}) }
}

/** Who already bears a name under another key: a publisher this office trusts, or the office itself. */
export type Namesake = { kind: 'trusted'; signer: TrustedSigner } | { kind: 'own'; name: string }

/**
 * The holder of `name` under a key other than `publicKey`, trusted publishers first, or null. A
 * bundle signed under such a name would read as that holder's: flagged on import, refused on trust.
 */
export function namesakeOf(keys: SigningKeys, name: string, publicKey: string): Namesake | null {
  const signer = keys.trusted.find((each) => each.publicKey !== publicKey && sameName(each.name, name))
  if (signer) return { kind: 'trusted', signer }
  const own = keys.identity
  if (own && own.publicKey !== publicKey && sameName(own.name, name)) return { kind: 'own', name: own.name }
  return null
}

/** True when the office stands behind the signer without anyone confirming: its own key, or one it trusts. */
export function isTrusted(trust: SignerTrust): boolean {
  return trust.status === 'own' || trust.status === 'trusted'
}
