import { join } from 'node:path'
import type { SafeStorage } from 'electron'
import type { CredentialStore } from '../store/crypto/credential-wraps'

// Electron's safeStorage as the credential store that unlock without typing needs: Keychain on
// macOS, DPAPI on Windows, a keyring (GNOME Keyring, KWallet) on Linux. The synchronous calls are
// used, because getSelectedStorageBackend, which tells Chromium's hard-coded fallback key apart
// on Linux, describes them; Electron 45 marks them deprecated in favour of the asynchronous ones,
// and the interface is asynchronous already so that moving over changes this file only. They run
// at start, at an unlock and in Settings, never on a path the user waits on while typing.

/** The part of safeStorage used here. */
export type SafeStorageCalls = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>

/** This computer's credential store, through safeStorage; to be used once the app is ready. */
export function safeStorageCredentialStore(
  safeStorage: SafeStorageCalls,
  platform: NodeJS.Platform = process.platform
): CredentialStore {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    // Only Linux has a choice of backends (and the method); elsewhere the system's store is the one.
    selectedBackend: () => (platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null),
    encryptString: async (text) => safeStorage.encryptString(text),
    decryptString: async (bytes) => safeStorage.decryptString(bytes)
  }
}

/**
 * Where this computer account keeps the keys it wraps: a folder of its own under the system's
 * application-data folder, beside (never inside) the default data folder, so that a data folder
 * moved to a USB key or another computer never carries it.
 */
export function computerKeysDir(appData: string): string {
  return join(appData, 'Dossier computer keys')
}
