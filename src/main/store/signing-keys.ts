import { z } from 'zod'
import { timestampSchema } from '@shared/dates'
import { publisherNameSchema } from '@shared/signing-inputs'
import type { DocumentSpec } from './documents'
import { createDocumentStore, singleDocumentSpec } from './document-store'
import type { DocumentApi } from './document-store'
import type { WriteContext } from './collections'
import { deferred } from '@shared/deferred-schema'

// The office's publisher identity (its Ed25519 key pair) and the publishers it trusts, in one
// data file of the folder: written like settings (atomically, with its second copy), backed up
// with the rest, and sealed with the folder's key when the folder is encrypted, so the private
// key is never on the disk in the clear where the briefs are not.

export const SIGNING_KEYS_FILE = 'signing-keys.json'

/** An Ed25519 key (public, or the private seed): its 32 raw bytes in base64. */
const rawKey = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'This must be a 32-byte key in base64.')
const publisherName = publisherNameSchema

export const publisherIdentitySchema = z
  .object({ name: publisherName, publicKey: rawKey, privateKey: rawKey, createdAt: timestampSchema })
  .strict()
export type PublisherIdentity = z.infer<typeof publisherIdentitySchema>

export const trustedSignerSchema = z
  .object({ name: publisherName, publicKey: rawKey, trustedAt: timestampSchema })
  .strict()
export type TrustedSigner = z.infer<typeof trustedSignerSchema>

/** The most publishers one office trusts: a department has a few headquarters, not thousands. */
export const MAX_TRUSTED_SIGNERS = 200

export const signingKeysSchema = deferred(() =>
  z
    .object({
      identity: publisherIdentitySchema.nullable(),
      trusted: z.array(trustedSignerSchema).max(MAX_TRUSTED_SIGNERS)
    })
    .strict()
    .superRefine((keys, ctx) => {
      const seen = new Set<string>()
      keys.trusted.forEach((signer, index) => {
        if (seen.has(signer.publicKey)) {
          ctx.addIssue({ code: 'custom', path: ['trusted', index], message: 'This publisher is listed twice.' })
        }
        seen.add(signer.publicKey)
      })
    })
)
export type SigningKeys = z.infer<typeof signingKeysSchema>

export const NO_SIGNING_KEYS: SigningKeys = { identity: null, trusted: [] }

/** The signing keys file; when it is absent the office has no identity and trusts nobody. */
export function signingKeysSpec(): DocumentSpec<SigningKeys> {
  return singleDocumentSpec(SIGNING_KEYS_FILE, 'keys', signingKeysSchema, NO_SIGNING_KEYS)
}

/** What the store offers on the signing keys: read them, or change them in one durable write. */
export type SigningKeysApi = DocumentApi<SigningKeys>

/** The signing keys over their file, with one write queue. */
export function createSigningKeys(context: WriteContext, initial: SigningKeys) {
  return createDocumentStore(context, signingKeysSpec(), signingKeysSchema, initial, 'the signing keys')
}
