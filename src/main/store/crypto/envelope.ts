import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

// How data is sealed at rest: AES-256-GCM from node:crypto, a fresh 96-bit nonce for every
// write, and the file's role (its path in the data folder) bound in as associated data, so a
// sealed file moved to another name, or a journal line moved to another journal, fails to open
// instead of being read as something it is not.

const ALGORITHM = 'aes-256-gcm'
const NONCE_BYTES = 12
const TAG_BYTES = 16
/** Starts every sealed data file; a plain JSON file starts with "{" (or a byte-order mark). */
const FILE_MAGIC = Buffer.from('DOSSIER-SEALED-1\n', 'ascii')
const SCHEMA_BYTES = 4

/** The bytes failed authentication: damaged, tampered with, or sealed with another key. */
export class SealBrokenError extends Error {
  override readonly name = 'SealBrokenError'
}

/** Whether bytes are a sealed data file (as opposed to a plain JSON one). */
export function isSealedFile(bytes: Uint8Array): boolean {
  return bytes.length >= FILE_MAGIC.length && Buffer.from(bytes.subarray(0, FILE_MAGIC.length)).equals(FILE_MAGIC)
}

// A library file runs to tens of megabytes, and every copy of it costs time at open and save:
// the text is handed to the cipher as it is, GCM's final() gives no bytes (it is a stream
// mode), and the sealed bytes are put together once, with the file's header in front.

function seal(key: Buffer, associated: Buffer, plaintext: string, header?: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES)
  const cipher = createCipheriv(ALGORITHM, key, nonce)
  cipher.setAAD(associated)
  const body = cipher.update(plaintext, 'utf8')
  const rest = cipher.final()
  return Buffer.concat([...(header ? [header] : []), nonce, body, rest, cipher.getAuthTag()])
}

function unseal(key: Buffer, associated: Buffer, sealed: Buffer, what: string): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new SealBrokenError(`${what} is too short to be sealed data.`)
  const nonce = sealed.subarray(0, NONCE_BYTES)
  const tag = sealed.subarray(sealed.length - TAG_BYTES)
  const decipher = createDecipheriv(ALGORITHM, key, nonce)
  decipher.setAAD(associated)
  decipher.setAuthTag(tag)
  try {
    const body = decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES))
    const rest = decipher.final()
    return rest.length === 0 ? body : Buffer.concat([body, rest])
  } catch {
    throw new SealBrokenError(
      `${what} failed its integrity check: it is damaged, was changed outside Dossier, or was sealed with another key.`
    )
  }
}

/**
 * Seals a whole data file: magic, schema version (in clear, so a newer file is recognised before
 * anything else, and bound in as associated data with the role), then nonce, ciphertext and tag.
 */
export function sealFile(key: Buffer, role: string, schemaVersion: number, text: string): Buffer {
  const header = Buffer.alloc(FILE_MAGIC.length + SCHEMA_BYTES)
  FILE_MAGIC.copy(header)
  header.writeUInt32BE(schemaVersion >>> 0, FILE_MAGIC.length)
  return seal(key, Buffer.concat([header, Buffer.from(role, 'utf8')]), text, header)
}

/** Opens a sealed data file; throws SealBrokenError when it is not intact. */
export function openFile(key: Buffer, role: string, bytes: Buffer): string {
  if (!isSealedFile(bytes)) throw new SealBrokenError(`${role} is not sealed.`)
  const header = bytes.subarray(0, FILE_MAGIC.length + SCHEMA_BYTES)
  const sealed = bytes.subarray(header.length)
  return unseal(key, Buffer.concat([header, Buffer.from(role, 'utf8')]), sealed, role).toString('utf8')
}

// A journal line is sealed on its own, in base64, so a journal stays one record per line: an
// append that was cut short still shows as a torn last line, and damage stays within its line.
const LINE_CONTEXT = Buffer.from('journal line\n', 'ascii')

/** Seals one journal line (without its newline); the result holds no newline. */
export function sealLine(key: Buffer, role: string, line: string): string {
  return seal(key, Buffer.concat([LINE_CONTEXT, Buffer.from(role, 'utf8')]), line).toString('base64')
}

/** Opens one sealed journal line; throws SealBrokenError when it is not intact. */
export function openLine(key: Buffer, role: string, line: Buffer): string {
  const sealed = Buffer.from(line.toString('ascii'), 'base64')
  return unseal(key, Buffer.concat([LINE_CONTEXT, Buffer.from(role, 'utf8')]), sealed, `A line of ${role}`).toString(
    'utf8'
  )
}
