import { z } from 'zod'
import { timestampSchema } from '@shared/dates'
import { publisherNameSchema } from '@shared/signing-inputs'
import { DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { describeIssues } from './documents'
import { SerialFile } from './serial-file'
import { StoreError } from './store-error'
import type { WriteContext } from './collections'
import { writeOrExplain } from './collections'

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

export const signingKeysSchema = z
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
export type SigningKeys = z.infer<typeof signingKeysSchema>

export const NO_SIGNING_KEYS: SigningKeys = { identity: null, trusted: [] }

/** The signing keys file; when it is absent the office has no identity and trusts nobody. */
export function signingKeysSpec(): DocumentSpec<SigningKeys> {
  const schema = z.object({ schemaVersion: z.number().int().min(1), keys: signingKeysSchema })
  return {
    relPath: SIGNING_KEYS_FILE,
    empty: NO_SIGNING_KEYS,
    parse: (document) => {
      const parsed = schema.safeParse(document)
      return parsed.success
        ? { ok: true, value: parsed.data.keys }
        : { ok: false, problem: describeIssues(parsed.error) }
    },
    toDocument: (keys, schemaVersion) => ({ schemaVersion, keys })
  }
}

/** What the store offers on the signing keys: read them, or change them in one durable write. */
export interface SigningKeysApi {
  get(): SigningKeys
  /** Applies the change and resolves once it is on disk; a change that breaks the schema is refused. */
  update(change: (keys: SigningKeys) => SigningKeys): Promise<SigningKeys>
}

/** The signing keys over their file, with one write queue. */
export function createSigningKeys(
  context: WriteContext,
  initial: SigningKeys
): { api: SigningKeysApi; file: SerialFile<SigningKeys> } {
  const spec = signingKeysSpec()
  const data = new DataFile(context, context.dataDir, spec.relPath)
  const file = new SerialFile<SigningKeys>(
    initial,
    (keys) => writeOrExplain(context, data, spec.toDocument(keys, context.schemaVersion)),
    (keys) => structuredClone(keys)
  )
  const api: SigningKeysApi = {
    get: () => structuredClone(file.state),
    update: async (change) => {
      await file.change((draft) => {
        const next = signingKeysSchema.safeParse(change(draft))
        if (!next.success) {
          throw new StoreError('invalid-input', `Dossier did not save the signing keys: ${describeIssues(next.error)}`)
        }
        return next.data
      })
      return structuredClone(file.state)
    }
  }
  return { api, file }
}
