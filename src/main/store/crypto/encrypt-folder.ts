import { dirname, join } from 'node:path'
import type { EncryptionProgress } from '@shared/operations'
import { ensureDirectory, errorCode, syncDirectory, writeNewFileSynced } from '../atomic-write'
import { MANIFEST_FILE } from '../backup-manifest'
import { BACKUPS_DIR } from '../backups'
import { CARRIED_NOTICES_FILE, carryNotice } from '../carried-notices'
import { COPY_SUFFIX } from '../data-file'
import { RECOVERED_DIR } from '../documents'
import { sealedCodec } from '../file-codec'
import type { FileCodec } from '../file-codec'
import { LOCK_FILE } from '../lock-file'
import { StoreError } from '../store-error'
import type { StoreFs } from '../store-fs'
import { finishRestore } from '../restore-backup'
import { walk } from '../walk-files'
import { KEY_FILE, newKeyFile, writeKeyFile } from './key-file'
import type { KdfParameters } from './key-file'
import { refuseSealedWithoutKey } from './sealed-without-key'

// Encrypting a folder of plain data in place, all or nothing, resumable after a crash:
//   1. every file is sealed into .encrypting/ (a mirror of the folder), each synced;
//   2. .encrypting/commit is written: from here on the encrypted folder is decided;
//   3. each sealed file is renamed over its plain original, the key file last of all;
//   4. .encrypting/ is removed.
// A crash before 2 leaves the plain folder whole (the next open throws the staging away); a crash
// after 2 leaves a folder the next open finishes (finishEncryption), whatever mix it finds.

export const STAGING_DIR = '.encrypting'
const COMMIT_FILE = 'commit'

/** How a staged file is sealed: by its kind, since the store reads each kind its own way. */
type Kind = 'document' | 'journal' | 'opaque'

/**
 * Finishes an encryption a crash interrupted, or throws away one that was never decided. Before
 * any read. Either way the user is told, at the next open that completes, that nothing was lost.
 */
export async function finishEncryption(fs: StoreFs, dataDir: string): Promise<void> {
  const staging = join(dataDir, STAGING_DIR)
  let names: string[]
  try {
    names = await fs.readdir(staging)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return
    throw error
  }
  if (!names.includes(COMMIT_FILE)) {
    await fs.rm(staging)
    await syncDirectory(fs, dataDir)
    await carryNotice(fs, dataDir, {
      code: 'encryption-undone',
      message:
        'An earlier attempt to encrypt this data folder was interrupted before it was complete. Dossier found the folder as it was before, not encrypted; nothing was lost.',
      params: {}
    })
    return
  }
  await applyStaged(fs, dataDir)
  // Told after the fact: a power cut before this line loses only the telling, never data.
  await carryNotice(fs, dataDir, {
    code: 'encryption-finished',
    message: 'Encrypting this data folder was interrupted, and Dossier finished it at this start; nothing was lost.',
    params: {}
  })
}

/** Options of encryptFolder: the scrypt cost of the new wrap, and who hears how far it has come. */
export interface EncryptFolderOptions {
  kdf?: KdfParameters
  /** Called before the first file is sealed and after each one, with bytes sealed out of all. */
  onProgress?: (progress: EncryptionProgress) => void
}

/**
 * Encrypts a folder of plain data with a new data key wrapped by the passphrase. The caller holds
 * the folder's lock and has checked it is plain. Returns the data key. A failure before the
 * encryption is decided leaves the plain folder as it was, staging removed (a full disk gets its
 * space back), and throws StoreError('encryption-failed'); one after it is finished by the next open.
 */
export async function encryptFolder(
  fs: StoreFs,
  dataDir: string,
  passphrase: string,
  options: EncryptFolderOptions = {}
): Promise<Buffer> {
  await finishEncryption(fs, dataDir)
  // A restore left half done would otherwise be sealed as data under the wrong names.
  await finishRestore(fs, dataDir)
  // Sealing sealed files under a new key would lose them for good: their key is what is missing.
  await refuseSealedWithoutKey(fs, dataDir)
  const { dataKey, file } = await newKeyFile(passphrase, options.kdf)
  const staging = join(dataDir, STAGING_DIR)
  try {
    await stage(fs, dataDir, sealedCodec(dataKey), options.onProgress ?? (() => undefined))
    await writeKeyFile(fs, staging, file)
    await syncDirectory(fs, staging)
  } catch (error) {
    // Nothing of the plain folder was touched, nor decided: throwing the staging away undoes it all.
    await fs.rm(staging).catch(() => undefined)
    throw notEncrypted(dataDir, error)
  }
  try {
    // Decided: everything sealed is on the disk. The next open finishes whatever is left.
    await writeNewFileSynced(fs, join(staging, COMMIT_FILE), '')
    await syncDirectory(fs, staging)
    await applyStaged(fs, dataDir)
  } catch (error) {
    // Whether or not the decision reached the disk, the staging is complete: left for the next open.
    throw unfinished(dataDir, error)
  }
  return dataKey
}

/** Seals every plain file into the staging folder, each synced, telling how many bytes are done. */
async function stage(
  fs: StoreFs,
  dataDir: string,
  codec: FileCodec,
  onProgress: (progress: EncryptionProgress) => void
): Promise<void> {
  const staging = join(dataDir, STAGING_DIR)
  const files = await plainFiles(fs, dataDir)
  const sizes = await Promise.all(files.map(async (relPath) => (await fs.stat(pathIn(dataDir, relPath))).size))
  const progress = { done: 0, total: sizes.reduce((sum, size) => sum + size, 0) }
  onProgress({ ...progress })
  await ensureDirectory(fs, staging)
  const folders = new Set<string>([staging])
  for (const [index, relPath] of files.entries()) {
    const plain = await fs.readFile(pathIn(dataDir, relPath))
    const target = pathIn(staging, relPath)
    await ensureDirectory(fs, dirname(target))
    folders.add(dirname(target))
    await writeNewFileSynced(fs, target, seal(codec, relPath, plain))
    progress.done += sizes[index]!
    onProgress({ ...progress })
  }
  for (const folder of folders) await syncDirectory(fs, folder)
}

/** Decided, perhaps, but not all applied: the next open finishes it, or undoes it if undecided. */
function unfinished(dataDir: string, cause: unknown): StoreError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new StoreError(
    'storage-failed',
    `Dossier could not finish encrypting the data folder ${dataDir} (${reason}). Nothing was lost: the next time Dossier opens the folder, it finishes the encryption, or, if it had not gone far enough, finds the folder as it was. Start Dossier again.`,
    { cause }
  )
}

function pathIn(folder: string, relPath: string): string {
  return join(folder, ...relPath.split('/'))
}

/** The folder is as it was, not encrypted: said so, with what to do when the disk is full. */
function notEncrypted(dataDir: string, cause: unknown): StoreError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  const next =
    errorCode(cause) === 'ENOSPC'
      ? 'The disk is full: encrypting needs about as much free space as the data folder takes. Free some space, then try again.'
      : 'Check that the disk has free space and that the folder can be written to, then try again.'
  return new StoreError(
    'encryption-failed',
    `Dossier could not encrypt the data folder ${dataDir} (${reason}). Nothing was lost: the folder is as it was, not encrypted. ${next}`,
    { cause }
  )
}

/** Moves every staged file over its original, the key file last, then removes the staging folder. */
async function applyStaged(fs: StoreFs, dataDir: string): Promise<void> {
  const staging = join(dataDir, STAGING_DIR)
  const staged = (await walk(fs, staging)).filter((relPath) => relPath !== COMMIT_FILE)
  // The key file (and its copy) last: a folder with a key file is read as encrypted throughout.
  const isKey = (relPath: string): boolean => relPath === KEY_FILE || relPath === `${KEY_FILE}${COPY_SUFFIX}`
  const ordered = [...staged.filter((relPath) => !isKey(relPath)), ...staged.filter(isKey)]
  const touched = new Set<string>()
  for (const relPath of ordered) {
    const target = join(dataDir, ...relPath.split('/'))
    await ensureDirectory(fs, dirname(target))
    await fs.rename(join(staging, ...relPath.split('/')), target)
    touched.add(dirname(target))
  }
  for (const folder of touched) await syncDirectory(fs, folder)
  // Backups' manifests recorded the plain bytes; without them the next start simply backs up anew.
  for (const relPath of await walk(fs, join(dataDir, BACKUPS_DIR))) {
    if (relPath.endsWith(`/${MANIFEST_FILE}`)) await fs.unlink(join(dataDir, BACKUPS_DIR, ...relPath.split('/')))
  }
  await fs.rm(staging)
  await syncDirectory(fs, dataDir)
}

/** Every file of the folder to seal, relative, with forward slashes. */
async function plainFiles(fs: StoreFs, dataDir: string): Promise<string[]> {
  const skipped = new Set([LOCK_FILE, CARRIED_NOTICES_FILE])
  return (await walk(fs, dataDir)).filter(
    (relPath) =>
      !skipped.has(relPath) &&
      !relPath.startsWith(`${LOCK_FILE}.`) &&
      !relPath.startsWith('logs/') &&
      !relPath.startsWith(`${STAGING_DIR}/`) &&
      !relPath.endsWith(`/${MANIFEST_FILE}`)
  )
}

function kindOf(relPath: string): Kind {
  if (relPath.startsWith(`${RECOVERED_DIR}/`)) return 'opaque'
  if (/\.journal\.jsonl(\.copy)?$/.test(relPath)) return 'journal'
  if (/\.json(\.copy)?$/.test(relPath)) return 'document'
  return 'opaque'
}

/** The role a file is sealed under: its path in the data folder, or in its backup, without .copy. */
function roleOf(relPath: string): string {
  const inFolder = relPath.startsWith(`${BACKUPS_DIR}/`) ? relPath.split('/').slice(2).join('/') : relPath
  return inFolder.endsWith(COPY_SUFFIX) ? inFolder.slice(0, -COPY_SUFFIX.length) : inFolder
}

function seal(codec: FileCodec, relPath: string, plain: Buffer): string | Buffer {
  const role = roleOf(relPath)
  const kind = kindOf(relPath)
  if (kind === 'journal') {
    const text = plain.toString('utf8')
    // Whole lines only: a torn last line was never acknowledged, so it is not carried over.
    const lines = text.split('\n').slice(0, -1)
    return lines.map((line) => `${codec.encodeLine(role, line)}\n`).join('')
  }
  if (kind === 'document') {
    // The version stays readable before the seal is opened, as in every sealed file.
    const version = /"schemaVersion"\s*:\s*(\d+)/.exec(plain.toString('utf8'))?.[1]
    return codec.encodeFile(role, Number(version ?? 0), plain.toString('utf8'))
  }
  // Damaged files kept aside and anything else: sealed as they are, under their own path.
  return codec.encodeFile(relPath, 0, plain)
}
