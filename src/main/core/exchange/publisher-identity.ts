import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { z } from 'zod'
import { publisherNameSchema } from '@shared/signing-inputs'
import type { PublisherIdentity } from '../../store'
import { parseJsonEntry } from './json-text'
import type { Checked } from './problems'
import { deferred } from '@shared/deferred-schema'

// An office's publisher identity is an Ed25519 key pair with a name. The private key stays in the
// data folder; the public key travels as a small .dossier-key file, and a person checks that it
// is the right one by reading its fingerprint aloud over the phone to the office that sent it.

export const PUBLIC_KEY_FORMAT = 'dossier-public-key'
export const PUBLIC_KEY_FORMAT_VERSION = 1
export const PUBLIC_KEY_EXTENSION = '.dossier-key'
/** A public key file holds a name and a key: anything much larger is not one. */
export const MAX_PUBLIC_KEY_FILE_BYTES = 4_000

const toBase64 = (base64url: string): string => Buffer.from(base64url, 'base64url').toString('base64')
const toBase64Url = (base64: string): string => Buffer.from(base64, 'base64').toString('base64url')

/** A new key pair for the office, under the name other offices will see on its bundles. */
export function createIdentity(name: string, now: Date): PublisherIdentity {
  const { privateKey } = generateKeyPairSync('ed25519')
  // The private key's JWK holds both halves: x, the public key, and d, the private seed.
  const jwk = privateKey.export({ format: 'jwk' })
  if (!jwk.d || !jwk.x) throw new Error('node:crypto gave an Ed25519 key without its parts.')
  return { name: name.trim(), publicKey: toBase64(jwk.x), privateKey: toBase64(jwk.d), createdAt: now.toISOString() }
}

/** The public key (32 raw bytes in base64) as a key node:crypto verifies with. */
export function publicKeyObject(publicKey: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: toBase64Url(publicKey) }, format: 'jwk' })
}

/** The identity's private key as a key node:crypto signs with. */
export function privateKeyObject(identity: Pick<PublisherIdentity, 'publicKey' | 'privateKey'>): KeyObject {
  return createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: toBase64Url(identity.publicKey), d: toBase64Url(identity.privateKey) },
    format: 'jwk'
  })
}

/**
 * The first 128 bits of the SHA-256 of the raw public key, as 8 groups of 4 hexadecimal digits
 * ("3F2A 9C01 ..."): short enough to read over the phone, far too long to forge a key that matches.
 */
export function fingerprintOf(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').toUpperCase()
  return (digest.slice(0, 32).match(/.{4}/g) ?? []).join(' ')
}

/** A fingerprint as typed (any case, with or without spaces or dashes), in the form Dossier shows. */
export function normalizeFingerprint(typed: string): string {
  const digits = typed.replace(/[\s-]/g, '').toUpperCase()
  return (digits.match(/.{1,4}/g) ?? []).join(' ')
}

/** The text of the public key file other offices import to trust this one. */
export function publicKeyFileText(identity: Pick<PublisherIdentity, 'name' | 'publicKey' | 'createdAt'>): string {
  const file = {
    format: PUBLIC_KEY_FORMAT,
    formatVersion: PUBLIC_KEY_FORMAT_VERSION,
    name: identity.name,
    publicKey: identity.publicKey,
    fingerprint: fingerprintOf(identity.publicKey),
    createdAt: identity.createdAt
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** A public key read from a file, to be shown (name, fingerprint) before anyone trusts it. */
export interface PublicKeyOffer {
  name: string
  publicKey: string
  fingerprint: string
}

const publicKeyFileSchema = deferred(() =>
  z
    .object({
      format: z.literal(PUBLIC_KEY_FORMAT),
      formatVersion: z.literal(PUBLIC_KEY_FORMAT_VERSION),
      name: publisherNameSchema,
      publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
      fingerprint: z.string(),
      createdAt: z.string().max(40).optional()
    })
    .strict()
)

/** Checks a public key file: its form, that the key is an Ed25519 key, and that its fingerprint matches it. */
export function readPublicKeyFile(bytes: Uint8Array): Checked<PublicKeyOffer> {
  const refuse = (message: string): Checked<PublicKeyOffer> => ({
    ok: false,
    problems: [{ where: 'the file', message }]
  })
  if (bytes.length > MAX_PUBLIC_KEY_FILE_BYTES) {
    return refuse(
      `The file is ${bytes.length} bytes; a Dossier public key file is well under ${MAX_PUBLIC_KEY_FILE_BYTES}.`
    )
  }
  // A few fields, one level deep: anything bigger or deeper is not a key file.
  const json = parseJsonEntry(bytes, { maxDepth: 4, maxValues: 100, maxStringBytes: 1024, maxListLength: 10 })
  const parsed = json.ok ? publicKeyFileSchema.safeParse(json.value) : null
  if (!parsed?.success) {
    return refuse(
      'This is not a Dossier public key file. Ask the publishing office for the file Dossier made (Settings > Publisher identity > Export public key).'
    )
  }
  const { name, publicKey, fingerprint } = parsed.data
  try {
    publicKeyObject(publicKey)
  } catch {
    return refuse('The key in this file is not a valid Ed25519 public key, so it cannot check any signature.')
  }
  if (normalizeFingerprint(fingerprint) !== fingerprintOf(publicKey)) {
    return refuse(
      'The fingerprint written in this file does not match its key: the file was changed after Dossier made it. Ask the publishing office for it again.'
    )
  }
  return { ok: true, value: { name, publicKey, fingerprint: fingerprintOf(publicKey) } }
}
