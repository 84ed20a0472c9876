import { join } from 'node:path'
import { BACKUPS_DIR } from './backups'
import { BRIEFS_DIR, LIBRARY_DIR, RECOVERED_DIR } from './documents'
import { StoreError } from './store-error'
import type { StoreFs } from './store-fs'

// The folders Dossier keeps inside the data folder. A link in place of one would send every file
// written there (backups hold the signing key, recovered/ damaged data, logs/ the log) to wherever
// it points, and bring in whatever is there: the folder is refused instead, before anything is
// read or written. The data folder itself may be a link: its owner chose where it lives.
const KEPT_FOLDERS = [LIBRARY_DIR, BRIEFS_DIR, BACKUPS_DIR, RECOVERED_DIR, 'logs'] as const

/** Refuses a data folder in which one of the folders Dossier keeps is a link to another place. */
export async function refuseLinkedFolders(fs: StoreFs, dataDir: string): Promise<void> {
  for (const name of KEPT_FOLDERS) {
    const entry = await fs.lstat(join(dataDir, name)).catch(() => null)
    if (entry?.kind !== 'link') continue
    throw new StoreError(
      'linked-folder',
      `${name} in the data folder ${dataDir} is a link to another place. Dossier reads and writes only inside its data folder, never through links. Put a real folder named ${name} there (move in what the link points to, if it is yours), then try again. Nothing was changed.`,
      { file: name }
    )
  }
}
