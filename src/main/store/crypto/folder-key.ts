import { join } from 'node:path'
import { BRIEFS_DIR, LIBRARY_DIR, PACKAGES_FILE, RECORDS_FILE, SETTINGS_FILE } from '../documents'
import { plainCodec, sealedCodec } from '../file-codec'
import type { FileCodec } from '../file-codec'
import { StoreError } from '../store-error'
import type { StoreFs } from '../store-fs'
import { finishEncryption } from './encrypt-folder'
import {
  KeyFileDamagedError,
  keyIdOf,
  newKeyFile,
  readKeyFile,
  unwrapWithPassphrase,
  writeKeyFile,
  WrongPassphraseError
} from './key-file'
import { KEY_FILE, MIN_PASSPHRASE_LENGTH } from './key-file'
import { refuseSealedWithoutKey } from './sealed-without-key'

// Decides, under the data folder's lock and before anything else is read, how the folder's files
// are encoded: a folder with a key file is encrypted and opens only with its key; an empty one
// given a passphrase is set up encrypted before its first byte of data is written.

/** What the caller offers to open the folder with. */
export interface Unlock {
  passphrase?: string
  dataKey?: Buffer
}

/** The codec for this folder, unwrapping (or creating) its key; StoreError when it cannot be opened. */
export async function folderCodec(fs: StoreFs, dataDir: string, unlock: Unlock): Promise<FileCodec> {
  // An encryption a crash interrupted is finished (or, if never decided, undone) first.
  await finishEncryption(fs, dataDir)
  const keyFile = await readKeyFile(fs, dataDir).catch((error: unknown) => {
    if (error instanceof KeyFileDamagedError) throw new StoreError('storage-failed', error.message, { cause: error })
    throw error
  })
  if (keyFile) {
    if (unlock.dataKey) {
      if (keyIdOf(unlock.dataKey) !== keyFile.keyId) throw wrongKey(dataDir)
      return sealedCodec(unlock.dataKey)
    }
    if (unlock.passphrase === undefined) {
      throw new StoreError(
        'data-locked',
        `The data folder ${dataDir} is encrypted. Give its passphrase (on the command line, in a file named by DOSSIER_PASSPHRASE_FILE) to open it.`
      )
    }
    try {
      return sealedCodec(await unwrapWithPassphrase(keyFile, unlock.passphrase))
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw wrongKey(dataDir)
      throw error
    }
  }
  await refuseSealedWithoutKey(fs, dataDir)
  if (unlock.passphrase === undefined && unlock.dataKey === undefined) return plainCodec
  if (await holdsData(fs, dataDir)) {
    throw new StoreError(
      'invalid-input',
      `The data folder ${dataDir} holds data that is not encrypted yet, so a passphrase cannot open it. Encrypt it first with: dossier data encrypt`
    )
  }
  if (unlock.passphrase === undefined) throw wrongKey(dataDir)
  checkPassphrase(unlock.passphrase)
  const { dataKey, file } = await newKeyFile(unlock.passphrase)
  // The key file first: from here on nothing is written to this folder in the clear.
  await writeKeyFile(fs, dataDir, file)
  return sealedCodec(dataKey)
}

/** Refuses a passphrase too short to resist guessing. */
export function checkPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new StoreError(
      'invalid-input',
      `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters; several unrelated words are easiest to remember.`
    )
  }
}

function wrongKey(dataDir: string): StoreError {
  return new StoreError(
    'wrong-passphrase',
    `That passphrase does not open the data folder ${dataDir} (its key file is ${join(dataDir, KEY_FILE)}). Nothing was changed.`
  )
}

/** Whether the folder holds any data (library, briefs, packages, settings), encrypted or not. */
export async function holdsData(fs: StoreFs, dataDir: string): Promise<boolean> {
  const names = [LIBRARY_DIR, BRIEFS_DIR, PACKAGES_FILE, RECORDS_FILE, SETTINGS_FILE]
  const found = await Promise.all(
    names.map((name) =>
      fs.stat(join(dataDir, name)).then(
        () => true,
        () => false
      )
    )
  )
  return found.some(Boolean)
}
