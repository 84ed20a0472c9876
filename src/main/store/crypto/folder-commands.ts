import { join, resolve } from 'node:path'
import { acquireDataLock, releaseDataLock } from '../data-lock'
import { StoreError } from '../store-error'
import { nodeFs } from '../store-fs'
import type { StoreFs } from '../store-fs'
import { encryptFolder, finishEncryption, STAGING_DIR } from './encrypt-folder'
import type { EncryptFolderOptions } from './encrypt-folder'
import { checkPassphrase, holdsData } from './folder-key'
import { refuseSealedWithoutKey } from './sealed-without-key'
import { readKeyFile, unwrapWithPassphrase, wrapWithPassphrase, writeKeyFile, WrongPassphraseError } from './key-file'
import type { KdfParameters } from './key-file'

// What the command line (dossier data ...) does to a data folder as a whole, each under the
// folder's lock: say whether it is encrypted, encrypt it, change its passphrase.

export interface FolderCommandOptions {
  dataDir: string
  takeOver?: boolean
  fs?: StoreFs
  /** The scrypt cost of a new wrap; the default unless a test lowers it. */
  kdf?: KdfParameters
}

/** Whether the folder is encrypted and how its key is wrapped. Reads the key file only. */
export async function folderStatus({ dataDir, fs = nodeFs }: FolderCommandOptions) {
  const dir = resolve(dataDir)
  const keyFile = await readKeyFile(fs, dir)
  if (!keyFile) {
    // Sealed files without a key are a lost key, unless an encryption a crash cut short holds it
    // in its staging folder still: the next open finishes that one.
    const encrypting = await fs.stat(join(dir, STAGING_DIR)).then(
      () => true,
      () => false
    )
    if (!encrypting) await refuseSealedWithoutKey(fs, dir)
    return { dataDir: dir, encrypted: false as const, holdsData: await holdsData(fs, dir) }
  }
  const { kdf, N, r, p } = keyFile.passphrase
  return {
    dataDir: dir,
    encrypted: true as const,
    wraps: { passphrase: { kdf, N, r, p } }
  }
}

/** Encrypts a folder of plain data in place (all or nothing) with a new key wrapped by the passphrase. */
export async function encryptDataFolder(
  options: FolderCommandOptions & { passphrase: string; onProgress?: EncryptFolderOptions['onProgress'] }
): Promise<void> {
  checkPassphrase(options.passphrase)
  await underLock(options, async (fs, dir) => {
    // An encryption a crash left decided but unfinished is finished first: its key file is not in
    // place yet, and the folder must not be taken for plain and sealed a second time, with a new key.
    await finishEncryption(fs, dir)
    if (await readKeyFile(fs, dir))
      throw new StoreError('invalid-input', `The data folder ${dir} is already encrypted.`)
    if (!(await holdsData(fs, dir))) {
      throw new StoreError(
        'invalid-input',
        `The data folder ${dir} holds no data yet. Any dossier command given a passphrase sets it up encrypted.`
      )
    }
    await encryptFolder(fs, dir, options.passphrase, { kdf: options.kdf, onProgress: options.onProgress })
  })
}

/** Re-wraps the folder's data key with a new passphrase; no data file changes. */
export async function changePassphrase(
  options: FolderCommandOptions & { current: string; next: string }
): Promise<void> {
  checkPassphrase(options.next)
  await underLock(options, async (fs, dir) => {
    const keyFile = await readKeyFile(fs, dir)
    if (!keyFile)
      throw new StoreError(
        'invalid-input',
        `The data folder ${dir} is not encrypted, so it has no passphrase to change.`
      )
    let dataKey: Buffer
    try {
      dataKey = await unwrapWithPassphrase(keyFile, options.current)
    } catch (error) {
      if (error instanceof WrongPassphraseError) {
        throw new StoreError(
          'wrong-passphrase',
          `That passphrase does not open the data folder ${dir}. Nothing was changed.`
        )
      }
      throw error
    }
    // A new salt and, if the default cost has been raised since, the new cost.
    const rewrapped = await wrapWithPassphrase(dataKey, options.next, options.kdf)
    // A key this computer keeps for the app (credential-wraps.ts) wraps the same data key: it still opens.
    await writeKeyFile(fs, dir, rewrapped)
  })
}

async function underLock(
  options: FolderCommandOptions,
  run: (fs: StoreFs, dir: string) => Promise<void>
): Promise<void> {
  const fs = options.fs ?? nodeFs
  const dir = resolve(options.dataDir)
  const took = await acquireDataLock(dir, { takeOver: options.takeOver === true, fs })
  try {
    await run(fs, dir)
  } finally {
    if (took) await releaseDataLock(dir, fs).catch(() => undefined)
  }
}
