import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import type { CredentialStore } from '../src/main/store/crypto/credential-wraps'

/**
 * Stands in for the operating system's credential store (Electron's safeStorage) in unit and
 * end-to-end tests: it really encrypts (AES-256-GCM under a key of one "computer account"), so a
 * wrap made for one account fails to open for another, as Keychain, DPAPI or a keyring would.
 */
export class FakeCredentialStore implements CredentialStore {
  available = true
  /** What safeStorage.getSelectedStorageBackend would answer on Linux ('basic_text' when no keyring answered). */
  backend: string | null = 'gnome_libsecret'
  private key: Buffer

  constructor(account = 'officer on this laptop') {
    this.key = createHash('sha256').update(account).digest()
  }

  /** From now on, answers as another computer account's store would. */
  becomeAccount(account: string): void {
    this.key = createHash('sha256').update(account).digest()
  }

  isEncryptionAvailable(): boolean {
    return this.available
  }

  selectedBackend(): string | null {
    return this.backend
  }

  async encryptString(text: string): Promise<Buffer> {
    if (!this.available) throw new Error('Encryption is not available.')
    const nonce = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce)
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
    return Buffer.concat([Buffer.from('v10'), nonce, body, cipher.getAuthTag()])
  }

  async decryptString(bytes: Buffer): Promise<string> {
    if (!this.available) throw new Error('Decryption is not available.')
    const nonce = bytes.subarray(3, 15)
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce)
    decipher.setAuthTag(bytes.subarray(bytes.length - 16))
    try {
      return Buffer.concat([decipher.update(bytes.subarray(15, bytes.length - 16)), decipher.final()]).toString('utf8')
    } catch {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    }
  }
}
