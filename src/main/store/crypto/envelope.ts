import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Cipheriv, Decipheriv } from 'node:crypto'

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

/**
 * A sealed data file's bytes that name its content: the head (magic, data version, nonce) and the
 * tail (the GCM tag). Of two files sealed with one key and both authentic, the same nonce and tag
 * mean the same content: the tag authenticates the whole ciphertext under that nonce, and the
 * nonce is drawn afresh for every write. So a file already opened (or just written) can be known
 * unchanged from 49 bytes instead of a digest of its tens of megabytes.
 */
export const SEALED_HEAD_BYTES = FILE_MAGIC.length + SCHEMA_BYTES + NONCE_BYTES
export const SEALED_TAIL_BYTES = TAG_BYTES

/** Whether bytes are a sealed data file (as opposed to a plain JSON one). */
export function isSealedFile(bytes: Uint8Array): boolean {
  return bytes.length >= FILE_MAGIC.length && Buffer.from(bytes.subarray(0, FILE_MAGIC.length)).equals(FILE_MAGIC)
}

// A library file runs to tens of megabytes, and on a laptop the cost of sealing or opening it is
// not the cipher (AES-GCM runs at gigabytes a second) but fresh memory: every new buffer of that
// size is paid for page by page (about 3 ms a megabyte on the 2-core bench machine, against 13 ms
// for the cipher over 20 MB). So the cipher runs a chunk at a time, its small outputs reused by
// the allocator, and writes into one buffer: the sealed file, or, when opening, the very buffer
// the file was read into, each chunk of plaintext over the ciphertext already consumed.
const CHUNK_BYTES = 1 << 16

/** Runs `cipher` over `input` chunk by chunk into `output` from `offset`; returns the end offset. */
function cipherInto(cipher: Cipheriv | Decipheriv, input: Uint8Array, output: Buffer, offset: number): number {
  let written = offset
  for (let at = 0; at < input.length; at += CHUNK_BYTES) {
    // update() has read the whole chunk before its output is copied: safe when output is input.
    written += cipher.update(input.subarray(at, at + CHUNK_BYTES)).copy(output, written)
  }
  // GCM is a stream mode: final() gives no further bytes, only the tag check or the tag.
  return written + cipher.final().copy(output, written)
}

function seal(key: Buffer, associated: Buffer, plaintext: string | Buffer, header?: Buffer): Buffer {
  const bytes = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext
  const headerBytes = header?.length ?? 0
  const sealed = Buffer.allocUnsafe(headerBytes + NONCE_BYTES + bytes.length + TAG_BYTES)
  header?.copy(sealed)
  const nonce = randomBytes(NONCE_BYTES)
  nonce.copy(sealed, headerBytes)
  const cipher = createCipheriv(ALGORITHM, key, nonce)
  cipher.setAAD(associated)
  const end = cipherInto(cipher, bytes, sealed, headerBytes + NONCE_BYTES)
  cipher.getAuthTag().copy(sealed, end)
  return sealed
}

/**
 * The plaintext of `sealed`. With `inPlace`, it is written over `sealed` itself and returned as a
 * part of it: no second buffer the size of the file, but `sealed` is spoiled, even when the seal
 * turns out broken, so only a caller that has no further use for the bytes may ask for it.
 */
function unseal(key: Buffer, associated: Buffer, sealed: Buffer, what: string, inPlace = false): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw new SealBrokenError(`${what} is too short to be sealed data.`)
  const nonce = sealed.subarray(0, NONCE_BYTES)
  const tag = sealed.subarray(sealed.length - TAG_BYTES)
  const decipher = createDecipheriv(ALGORITHM, key, nonce)
  decipher.setAAD(associated)
  decipher.setAuthTag(tag)
  const body = sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)
  const output = inPlace ? body : Buffer.allocUnsafe(body.length)
  try {
    return output.subarray(0, cipherInto(decipher, body, output, 0))
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
export function sealFile(key: Buffer, role: string, schemaVersion: number, text: string | Buffer): Buffer {
  const header = Buffer.alloc(FILE_MAGIC.length + SCHEMA_BYTES)
  FILE_MAGIC.copy(header)
  header.writeUInt32BE(schemaVersion >>> 0, FILE_MAGIC.length)
  return seal(key, Buffer.concat([header, Buffer.from(role, 'utf8')]), text, header)
}

/**
 * Opens a sealed data file; throws SealBrokenError when it is not intact. With `inPlace` the
 * plaintext is written over `bytes`, which the caller must not use again (see unseal).
 */
export function openFile(key: Buffer, role: string, bytes: Buffer, inPlace = false): string {
  return openFileBytes(key, role, bytes, inPlace).toString('utf8')
}

/** openFile for a file whose content is bytes, not text. */
export function openFileBytes(key: Buffer, role: string, bytes: Buffer, inPlace = false): Buffer {
  if (!isSealedFile(bytes)) throw new SealBrokenError(`${role} is not sealed.`)
  const header = bytes.subarray(0, FILE_MAGIC.length + SCHEMA_BYTES)
  const sealed = bytes.subarray(header.length)
  const associated = Buffer.concat([header, Buffer.from(role, 'utf8')])
  return unseal(key, associated, sealed, role, inPlace)
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
