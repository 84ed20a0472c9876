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

/** Failures after which the folder waits for a (better) passphrase, and stays held meanwhile. */
export function waitsForPassphrase(error: unknown): boolean {
  if (error instanceof ApiFailure) return error.code === 'needs-set-up'
  return (
    error instanceof StoreError &&
    (error.code === 'data-locked' || error.code === 'wrong-passphrase' || error.code === 'invalid-input')
  )
}
