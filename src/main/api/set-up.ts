import { ApiFailure } from '../core/failure'
import { nodeFs, StoreError } from '../store'
import { holdsData } from '../store/crypto/folder-key'
import { readKeyFile } from '../store/crypto/key-file'

/**
 * A folder with no key file and no data (library, briefs, packages, settings): the app asks for
 * a passphrase before writing its first byte. A damaged key file is not "new": the store
 * explains that one.
 */
export async function isNewDataFolder(dataDir: string): Promise<boolean> {
  const keyFile = await readKeyFile(nodeFs, dataDir).catch(() => 'damaged' as const)
  return keyFile === null && !(await holdsData(nodeFs, dataDir))
}

/** The answer for a new folder in the app: choose a passphrase first (app.openDataFolder with one). */
export function needsSetUp(dataDir: string): ApiFailure {
  return new ApiFailure(
    'needs-set-up',
    `The data folder ${dataDir} is new. Choose a passphrase to set it up encrypted; nothing is written to it before.`
  )
}

/**
 * A folder of plain data (no key file, some data): the app asks for a passphrase to encrypt it in
 * place before it shows anything of it.
 */
export async function holdsPlainData(dataDir: string): Promise<boolean> {
  const keyFile = await readKeyFile(nodeFs, dataDir).catch(() => 'damaged' as const)
  return keyFile === null && (await holdsData(nodeFs, dataDir))
}

/** The answer for a plain folder that holds data, in the app: encrypt it first (app.openDataFolder with a passphrase). */
export function needsEncryption(dataDir: string): ApiFailure {
  return new ApiFailure(
    'needs-encryption',
    `The data folder ${dataDir} holds data that is not encrypted. Choose a passphrase to encrypt it in place; nothing is shown before.`
  )
}

// Still waiting for a passphrase: the folder is new, plain (and an attempt to encrypt it left it
// so), locked, or the passphrase offered was wrong or too short.
const WAITING = new Set<string>([
  'needs-set-up',
  'needs-encryption',
  'encryption-failed',
  'data-locked',
  'wrong-passphrase',
  'invalid-input'
])

/** Failures after which the folder waits for a (better) passphrase, and stays held meanwhile. */
export function waitsForPassphrase(error: unknown): boolean {
  return (error instanceof ApiFailure || error instanceof StoreError) && WAITING.has(error.code)
}
