import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { z } from 'zod'
import type { ComputerUnlockRefusal } from '@shared/computer-unlock'
import { ensureDirectory, errorCode, removeFileDurably, writeFileAtomic } from '../atomic-write'
import { FOLDER_MODE, nodeFs } from '../store-fs'
import type { StoreFs } from '../store-fs'
import { keyIdOf } from './key-file'
import { deferred } from '@shared/deferred-schema'

// "Unlock without typing on this computer": the folder's data key wrapped a second time, by the
// operating system's credential store (Electron's safeStorage: Keychain on macOS, DPAPI on
// Windows, a keyring on Linux). The wrap opens only for this computer account, so it is kept in
// a folder of this computer account's own and never in the data folder: a data folder on a USB
// key moves between computers, and a lost key must not carry a way in. One file per data key,
// named by its keyId, so that several data folders on one computer each keep their own.

/**
 * What Dossier needs of the operating system's credential store. The app gives Electron's
 * safeStorage (electron/credential-store.ts); tests give a fake.
 */
export interface CredentialStore {
  /** The system offers a store (Electron: once the app is ready). */
  isEncryptionAvailable(): boolean
  /** On Linux, the secret store Chromium chose ('basic_text', 'gnome_libsecret', 'kwallet5'...); null elsewhere. */
  selectedBackend(): string | null
  encryptString(text: string): Promise<Buffer>
  /** Throws when the bytes were not wrapped by this account's store (another account, a changed keyring). */
  decryptString(bytes: Buffer): Promise<string>
}

/** Whether a key wrapped here would be protected; when not, why. */
export type CredentialAvailability =
  { available: true } | { available: false; reason: 'no-store' | ComputerUnlockRefusal }

/** What is kept for a data key: nothing, a key that opened, or a wrap the store could not open. */
export type KeptKey = { found: 'none' } | { found: 'key'; dataKey: Buffer } | { found: 'unreadable' }

const wrapFileSchema = deferred(() =>
  z.object({
    format: z.literal(1),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    /** The data key, in base64, as the credential store encrypted it (its own format), in base64. */
    wrapped: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)
  })
)

const KEY_ID = /^[0-9a-f]{16}$/
const DATA_KEY_BYTES = 32

export interface CredentialWrapsOptions {
  /** This computer account's folder for wrapped keys (the app's: beside its own folders, not the data folder). */
  dir: string
  /** The data folder these keys open: the wraps refuse to live inside it. */
  dataDir: string
  store: CredentialStore
  /** Told why a kept key was ignored; never given the key, nor anything the store returned. */
  warn: (message: string) => void
  fs?: StoreFs
  platform?: NodeJS.Platform
}

/** The keys this computer account keeps for its data folders, wrapped by the credential store. */
export class CredentialWraps {
  private readonly dir: string
  private readonly fs: StoreFs

  constructor(private readonly options: CredentialWrapsOptions) {
    this.dir = resolve(options.dir)
    this.fs = options.fs ?? nodeFs
  }

  /** Whether a key wrapped now would be protected by the system, and if not, why. */
  availability(): CredentialAvailability {
    if (isWithin(this.dir, resolve(this.options.dataDir))) return { available: false, reason: 'data-folder' }
    const { store } = this.options
    if (!store.isEncryptionAvailable()) return { available: false, reason: 'no-store' }
    // Chromium's fallback when no keyring answers: a password written in its source code. The
    // wrap would then look protected and open for anyone who copies the file.
    if (store.selectedBackend() === 'basic_text') return { available: false, reason: 'basic-text' }
    return { available: true }
  }

  /** Whether a key is kept for this data key (readable or not). */
  async has(keyId: string): Promise<boolean> {
    return this.fs.stat(this.pathOf(keyId)).then(
      () => true,
      () => false
    )
  }

  /** Wraps the data key with the credential store and keeps it, replacing any earlier one. */
  async keep(dataKey: Buffer): Promise<void> {
    const availability = this.availability()
    if (!availability.available) throw new Error(`This computer cannot keep the key safely (${availability.reason}).`)
    const keyId = keyIdOf(dataKey)
    const wrapped = await this.options.store.encryptString(dataKey.toString('base64'))
    await ensureDirectory(this.fs, this.dir)
    // A folder made earlier, or by hand, may be open to others: the wraps are this account's alone.
    if ((this.options.platform ?? process.platform) !== 'win32') await this.fs.chmod(this.dir, FOLDER_MODE)
    const file = { format: 1, keyId, wrapped: wrapped.toString('base64') }
    // Written 0600, whole or not at all: a torn file would cost the user the unlock, not the data.
    await writeFileAtomic(this.fs, this.pathOf(keyId), `${JSON.stringify(wrapFileSchema.parse(file))}\n`)
  }

  /**
   * The data key kept for this keyId. A wrap the store cannot open, or that does not hold this
   * key, is ignored (and said in the log, without its content): the passphrase is asked instead.
   */
  async read(keyId: string): Promise<KeptKey> {
    let text: string
    try {
      text = (await this.fs.readFile(this.pathOf(keyId))).toString('utf8')
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { found: 'none' }
      return this.unreadable(keyId, `it could not be read (${errorCode(error) ?? 'error'})`)
    }
    if (!this.availability().available) return this.unreadable(keyId, 'the credential store is not available')
    const parsed = wrapFileSchema.safeParse(safeJson(text))
    if (!parsed.success || parsed.data.keyId !== keyId) return this.unreadable(keyId, 'it is not a key file')
    let dataKey: Buffer
    try {
      dataKey = Buffer.from(
        await this.options.store.decryptString(Buffer.from(parsed.data.wrapped, 'base64')),
        'base64'
      )
    } catch {
      return this.unreadable(keyId, 'the credential store could not open it')
    }
    if (dataKey.length !== DATA_KEY_BYTES || keyIdOf(dataKey) !== keyId) {
      return this.unreadable(keyId, 'it does not hold the key of this data folder')
    }
    return { found: 'key', dataKey }
  }

  /** Deletes the key kept for this keyId, durably; none kept is fine. */
  async remove(keyId: string): Promise<void> {
    await removeFileDurably(this.fs, this.pathOf(keyId))
  }

  /** The file that keeps this data key's wrap. */
  pathOf(keyId: string): string {
    // The name comes from the key file's keyId, checked here again: it must not lead elsewhere.
    if (!KEY_ID.test(keyId)) throw new Error('A key id is 16 hexadecimal digits.')
    return join(this.dir, `${keyId}.key`)
  }

  private unreadable(keyId: string, why: string): KeptKey {
    this.options.warn(
      `The key this computer account keeps for unlocking without typing (${this.pathOf(keyId)}) was ignored: ${why}. The passphrase is asked instead.`
    )
    return { found: 'unreadable' }
  }
}

/** Whether `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const path = relative(outer, inner)
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path))
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
