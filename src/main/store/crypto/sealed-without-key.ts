import { join } from 'node:path'
import { COPY_SUFFIX } from '../data-file'
import { LIBRARY_FILES, PACKAGES_FILE, RECORDS_FILE, SETTINGS_FILE } from '../documents'
import { StoreError } from '../store-error'
import type { StoreFs } from '../store-fs'
import { isSealedFile, SEALED_HEAD_BYTES } from './envelope'
import { KEY_FILE } from './key-file'

// Data files an encrypted folder holds from its first open, each with its second copy. If any of
// them is sealed, the folder is encrypted, whatever became of its key file.
const SEALED_WITNESSES = [SETTINGS_FILE, PACKAGES_FILE, RECORDS_FILE, ...Object.values(LIBRARY_FILES)].flatMap(
  (relPath) => [relPath, `${relPath}${COPY_SUFFIX}`]
)

/**
 * Refuses a folder whose data is sealed while its key file (and the key file's copy) is gone: a
 * folder copied without it, a file deleted by mistake. Taken for plain, its sealed files would
 * read as damage, and the open would replace them with empty ones (the journal's saves kept aside
 * only); encrypting it "again" would seal sealed bytes under a new key. Nothing is written.
 */
export async function refuseSealedWithoutKey(fs: StoreFs, dataDir: string): Promise<void> {
  if (!(await holdsSealedData(fs, dataDir))) return
  throw new StoreError(
    'key-missing',
    `The data folder ${dataDir} holds encrypted data, but its key file ${KEY_FILE} (and the key file's copy) is missing, so nothing can open it. Put ${KEY_FILE} back into the folder (from the place or copy the folder came from, or a backup of it), then try again. Nothing was changed.`
  )
}

async function holdsSealedData(fs: StoreFs, dataDir: string): Promise<boolean> {
  for (const relPath of SEALED_WITNESSES) {
    const path = join(dataDir, relPath)
    // Regular files only: a pipe put in a file's place would keep the read waiting for ever.
    const kind = await fs.lstat(path).then(
      (entry) => entry.kind,
      () => null
    )
    if (kind === 'file' && isSealedFile(await headOf(fs, path))) return true
  }
  return false
}

/** The first bytes of a file, as many as a sealed file's head; none when it cannot be read. */
async function headOf(fs: StoreFs, path: string): Promise<Buffer> {
  const handle = await fs.open(path, 'r').catch(() => null)
  if (handle === null) return Buffer.alloc(0)
  try {
    return await handle.readAt(SEALED_HEAD_BYTES, 0)
  } catch {
    return Buffer.alloc(0)
  } finally {
    await handle.close().catch(() => undefined)
  }
}
