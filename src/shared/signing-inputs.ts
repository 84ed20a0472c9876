import { z } from 'zod'
import { deferred } from './deferred-schema'

// The office's publisher identity and the publishers it trusts, as the window sees them: names,
// fingerprints and dates. Keys themselves (above all the private one) never leave the main process.

/**
 * A publisher's name, as other offices see it on every bundle it signs: one line of text without
 * control characters, since it travels in files and is printed on terminals.
 */
export const publisherNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the publisher a name, such as "IRCC International Affairs, Ottawa".')
  .max(200, 'Keep the name under 200 characters.')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'A name is one line of text, without control characters.')

export const createIdentityInput = z.object({ name: publisherNameSchema }).strict()

/** A public key file the user opened, named by the id the main process gave it. */
export const trustKeyInput = deferred(() => z.object({ offerId: z.string().min(1).max(100) }).strict())

/** A trusted publisher, named by its fingerprint (any case, spaces or dashes optional). */
export const untrustInput = deferred(() =>
  z.object({ fingerprint: z.string().regex(/^[0-9A-Fa-f\s-]{32,64}$/, 'This is not a key fingerprint.') }).strict()
)

export interface SigningKeysView {
  /** This office's identity; null until one is created. */
  identity: { name: string; fingerprint: string; createdAt: string } | null
  trusted: { name: string; fingerprint: string; trustedAt: string }[]
}

/** A public key file read and checked, waiting for the user to trust it. */
export interface PublicKeyOfferView {
  offerId: string
  /** The file's name, to show; where it was read from stays in the main process. */
  fileName: string
  name: string
  fingerprint: string
  /** new: not trusted yet; trusted: already trusted; own: this office's own key. */
  state: 'new' | 'trusted' | 'own'
}

/** A public key file written. */
export interface ExportedPublicKey {
  /** Names the file for files.showInFolder. */
  fileId: string
  path: string
  bytes: number
  fingerprint: string
}
