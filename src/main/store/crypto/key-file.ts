import { createHash, randomBytes, scrypt as scryptCallback } from 'node:crypto'
import type { ScryptOptions } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { errorCode, writeFilesAtomic } from '../atomic-write'
import type { StoreFs } from '../store-fs'
import { openLine, SealBrokenError, sealLine } from './envelope'
import { deferred } from '@shared/deferred-schema'

// An encrypted data folder is sealed with one random 256-bit data key. The key itself is stored
// only wrapped: here, by a key derived from the passphrase with scrypt (memory-hard, so guessing
// is slow; its parameters are stored with the wrap so they can be raised later). Where the user
// turns it on, the app also keeps the key wrapped by the operating system's credential store,
// outside the data folder (credential-wraps.ts): that wrap belongs to one computer account and
// must not travel with the folder. Changing the passphrase re-wraps the key; no data file changes.

export const KEY_FILE = 'dossier.key'
const KEY_FILE_COPY = `${KEY_FILE}.copy`
const DATA_KEY_BYTES = 32

/** scrypt's cost: 2^17 x 8 x 128 bytes = 128 MiB and about half a second here, per guess. */
export const DEFAULT_KDF = { N: 2 ** 17, r: 8, p: 1 } as const
/** The fewest characters a passphrase may have; the interface hints at more. */
export const MIN_PASSPHRASE_LENGTH = 10

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
const keyFileSchema = deferred(() =>
  z.object({
    format: z.literal(1),
    /** Identifies the data key without revealing it, so a store never opens with the wrong one. */
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    passphrase: z.object({
      kdf: z.literal('scrypt'),
      N: z
        .number()
        .int()
        .min(2 ** 14)
        .max(2 ** 22),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: base64,
      wrapped: base64
    })
  })
)

export type KeyFile = z.infer<typeof keyFileSchema>
export type KdfParameters = Pick<KeyFile['passphrase'], 'N' | 'r' | 'p'>

/** The passphrase does not unwrap the folder's key. */
export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError'
}

export function keyIdOf(dataKey: Buffer): string {
  return createHash('sha256').update('dossier data key id\n').update(dataKey).digest('hex').slice(0, 16)
}

function derive(passphrase: string, salt: Buffer, kdf: KdfParameters): Promise<Buffer> {
  // maxmem must exceed 128 * N * r bytes, or node refuses the parameters.
  const options: ScryptOptions = { ...kdf, maxmem: 256 * kdf.N * kdf.r }
  return new Promise((resolve, reject) =>
    scryptCallback(passphrase.normalize('NFC'), salt, DATA_KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key)
    )
  )
}

// The wrapping key seals the data key as a journal-style line: AES-256-GCM, fresh nonce, and a
// role naming what it is, so a wrap cannot be mistaken for anything else.
const WRAP_ROLE = 'data key wrapped by passphrase'

/** A new random data key and its key file, wrapped by the passphrase. */
export async function newKeyFile(
  passphrase: string,
  kdf: KdfParameters = DEFAULT_KDF
): Promise<{ dataKey: Buffer; file: KeyFile }> {
  const dataKey = randomBytes(DATA_KEY_BYTES)
  return { dataKey, file: await wrapWithPassphrase(dataKey, passphrase, kdf) }
}

/** A key file for this data key wrapped by this passphrase (a new salt every time). */
export async function wrapWithPassphrase(
  dataKey: Buffer,
  passphrase: string,
  kdf: KdfParameters = DEFAULT_KDF
): Promise<KeyFile> {
  const salt = randomBytes(16)
  const wrappingKey = await derive(passphrase, salt, kdf)
  return {
    format: 1,
    keyId: keyIdOf(dataKey),
    passphrase: {
      kdf: 'scrypt',
      ...kdf,
      salt: salt.toString('base64'),
      wrapped: sealLine(wrappingKey, WRAP_ROLE, dataKey.toString('base64'))
    }
  }
}

/** The data key, unwrapped by the passphrase; WrongPassphraseError when it does not fit. */
export async function unwrapWithPassphrase(file: KeyFile, passphrase: string): Promise<Buffer> {
  const { salt, wrapped, N, r, p } = file.passphrase
  const wrappingKey = await derive(passphrase, Buffer.from(salt, 'base64'), { N, r, p })
  let dataKey: Buffer
  try {
    dataKey = Buffer.from(openLine(wrappingKey, WRAP_ROLE, Buffer.from(wrapped, 'ascii')), 'base64')
  } catch (error) {
    if (error instanceof SealBrokenError)
      throw new WrongPassphraseError('That passphrase does not open this data folder.')
    throw error
  }
  if (keyIdOf(dataKey) !== file.keyId) throw new WrongPassphraseError('That passphrase does not open this data folder.')
  return dataKey
}

/** The folder's key file, from the file or its second copy; null for a folder that is not encrypted. */
export async function readKeyFile(fs: StoreFs, dataDir: string): Promise<KeyFile | null> {
  let damaged: unknown = null
  for (const name of [KEY_FILE, KEY_FILE_COPY]) {
    try {
      // Read first: a folder without a key file (a plain one) need not build the schema.
      const text = (await fs.readFile(join(dataDir, name))).toString('utf8')
      return keyFileSchema.parse(JSON.parse(text))
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') damaged = error
    }
  }
  if (damaged !== null) throw new KeyFileDamagedError(dataDir, damaged)
  return null
}

/** Both the key file and its copy are unreadable: without a wrap, the data cannot be opened. */
export class KeyFileDamagedError extends Error {
  override readonly name = 'KeyFileDamagedError'
  constructor(dataDir: string, cause: unknown) {
    super(
      `The key file ${join(dataDir, KEY_FILE)} and its copy are damaged, so the encrypted data cannot be opened. Put back a copy of ${KEY_FILE} from a backup of this folder.`,
      { cause }
    )
  }
}

/** Writes the key file and its second copy durably. */
export async function writeKeyFile(fs: StoreFs, dataDir: string, file: KeyFile): Promise<void> {
  await writeFilesAtomic(
    fs,
    [join(dataDir, KEY_FILE_COPY), join(dataDir, KEY_FILE)],
    `${JSON.stringify(keyFileSchema.parse(file), null, 2)}\n`
  )
}
