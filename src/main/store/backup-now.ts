import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { errorCode } from './atomic-write'
import { digestOfBytes } from './backup-manifest'
import type { FileDigest } from './backup-manifest'
import { backupIfChanged } from './backups'
import type { WriteContext } from './collections'
import { COPY_SUFFIX } from './data-file'
import { dataDocumentsOnDisk } from './data-documents'
import { StoreError } from './store-error'
import type { StoreFs } from './store-fs'
import { fileStamp } from './timestamp'

// A brief deleted, or saved, while the backup is made: the documents are listed and read again.
const TRIES = 3

/** A document unlike its second copy: said as it is, not as a disk that refused. */
class DiffersFromCopy extends StoreError {}

/**
 * Makes a start-up backup of the data documents as they are on disk now, with the store open,
 * unless the newest start-up backup already holds exactly them; answers its name, or null when
 * none was needed. The journals must be folded in first.
 *
 * A start-up backup copies only files its open read whole; this one copies what is on disk, so
 * each document must first match its second copy byte for byte (the store writes both alike): a
 * file damaged since the start would otherwise be backed up as the data, over good backups.
 */
export async function backUpDataNow(
  context: Pick<WriteContext, 'fs' | 'dataDir' | 'codec'>,
  moment: Date
): Promise<string | null> {
  const { fs, dataDir } = context
  const sealed = context.codec.sealed
  for (let attempt = 1; ; attempt += 1) {
    try {
      const documents = await dataDocumentsOnDisk(fs, dataDir)
      const digests = await digestsMatchingCopies(fs, dataDir, documents, sealed)
      return await backupIfChanged(fs, dataDir, fileStamp(moment), documents, sealed, (path) => digests.get(path), {
        whileOpen: true
      })
    } catch (error) {
      // Read again first: a save between its file and its copy, or a brief deleted, is caught mid-way.
      if ((error instanceof DiffersFromCopy || vanished(error)) && attempt < TRIES) continue
      if (error instanceof DiffersFromCopy) throw error
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
      const reason = cause instanceof Error ? cause.message : String(cause)
      throw new StoreError(
        'storage-failed',
        `Dossier could not back up your data as it is now in ${dataDir} (${reason}), so it removed no old copy. Free some disk space or check that the data folder can be written to, then try again.`,
        { cause: error }
      )
    }
  }
}

/**
 * Each document's digest for the manifest, by absolute path, once its bytes are found equal to its
 * second copy's (a document without a second copy is taken as it is). Read one at a time: a
 * library kept for years holds collections of tens of megabytes.
 */
async function digestsMatchingCopies(
  fs: StoreFs,
  dataDir: string,
  relPaths: readonly string[],
  sealed: boolean
): Promise<Map<string, FileDigest>> {
  const digests = new Map<string, FileDigest>()
  for (const relPath of relPaths) {
    const path = join(dataDir, ...relPath.split('/'))
    const bytes = await fs.readFile(path)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const copy = await fs.readFile(`${path}${COPY_SUFFIX}`).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    })
    if (copy !== null && createHash('sha256').update(copy).digest('hex') !== sha256) {
      throw new DiffersFromCopy(
        'storage-failed',
        `${relPath} no longer matches its second copy, so one of them may have been damaged since Dossier started. Dossier removed no old copy: the backups are what can repair it. Quit Dossier and start it again (it checks its files and repairs them at start), then remove old copies.`,
        { file: relPath }
      )
    }
    digests.set(path, digestOfBytes(bytes, sealed, sha256))
  }
  return digests
}

/** A file gone between the listing and its reading or copying: a brief deleted meanwhile. */
function vanished(error: unknown): boolean {
  return errorCode(error) === 'ENOENT' || (error instanceof Error && errorCode(error.cause) === 'ENOENT')
}
