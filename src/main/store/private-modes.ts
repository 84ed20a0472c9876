import { join } from 'node:path'
import { errorCode } from './atomic-write'
import { mapLimited } from './map-limited'
import { FILE_MODE, FOLDER_MODE } from './store-fs'
import type { StoreEntryStats, StoreFs } from './store-fs'

// The data folder can hold PROTECTED briefs, so on POSIX it is readable by its owner only.
// Dossier creates every file 0600 and every folder 0700 (store-fs.ts), but a folder made by an
// older Dossier has 0755 folders and 0644 files; a writable open brings it into line.

// Backups hold a copy of every brief, so a folder can hold tens of thousands of files: they are
// looked at several at a time, as load-data-folder reads them (macOS caps open files at 256).
const CONCURRENCY = 16

/** What the walk changed and what the file system refused, as paths relative to the data folder ('.' for itself). */
export interface PrivateModesOutcome {
  changed: string[]
  refused: string[]
}

/**
 * Makes the data folder and everything inside it private: folders 0700, files 0600. A mode is
 * set only where it differs, so an open of a folder already private writes nothing. Symbolic
 * links inside are neither followed nor changed: one could lead anywhere, even to the user's
 * home folder. Best effort: a file system without POSIX modes (a FAT-formatted USB key) refuses
 * chmod, and that must not stop Dossier from opening, so refusals are listed, not thrown.
 * Does nothing on Windows, whose files have no such bits.
 */
export async function makeDataFolderPrivate(
  fs: StoreFs,
  dataDir: string,
  platform: NodeJS.Platform = process.platform
): Promise<PrivateModesOutcome> {
  const outcome: PrivateModesOutcome = { changed: [], refused: [] }
  if (platform === 'win32') return outcome
  const walk = new Walk(fs, dataDir, outcome)
  const root = await fs.lstat(dataDir)
  // The data folder itself may be a link the user made (to a folder on a USB key, say): it is
  // where the user keeps the data, so it is followed. chmod follows it too; the mode of the
  // folder behind it is not known here, so it is set whatever it is.
  if (root.kind === 'link') await walk.setMode('.', FOLDER_MODE)
  else await walk.restrict('.', root)
  await walk.folder('')
  return outcome
}

class Walk {
  constructor(
    private readonly fs: StoreFs,
    private readonly dataDir: string,
    private readonly outcome: PrivateModesOutcome
  ) {}

  /** Restricts every entry of a folder, then walks into its folders one after the other. */
  async folder(relPath: string): Promise<void> {
    const names = await this.names(relPath)
    const children = await mapLimited(names, CONCURRENCY, async (name) => {
      const child = relPath === '' ? name : `${relPath}/${name}`
      const stats = await this.stats(child)
      // Links and anything else (sockets, pipes) are not Dossier's and are left alone.
      if (stats?.kind !== 'file' && stats?.kind !== 'folder') return null
      const present = await this.restrict(child, stats)
      return present && stats.kind === 'folder' ? child : null
    })
    for (const child of children) if (child !== null) await this.folder(child)
  }

  /** Sets an entry's mode when it differs from what its kind wants; false when the entry is gone. */
  async restrict(relPath: string, stats: StoreEntryStats): Promise<boolean> {
    const wanted = stats.kind === 'folder' ? FOLDER_MODE : FILE_MODE
    if (stats.mode === wanted) return true
    return this.setMode(relPath, wanted)
  }

  async setMode(relPath: string, mode: number): Promise<boolean> {
    try {
      await this.fs.chmod(this.path(relPath), mode)
      this.outcome.changed.push(relPath)
      return true
    } catch (error) {
      // Gone since it was listed: nothing left to protect.
      if (errorCode(error) === 'ENOENT') return false
      // A folder whose mode was refused may still be listed, and its files may accept theirs.
      this.outcome.refused.push(relPath)
      return true
    }
  }

  private async stats(relPath: string): Promise<StoreEntryStats | null> {
    try {
      return await this.fs.lstat(this.path(relPath))
    } catch {
      // Gone since it was listed, or out of reach: there is nothing this walk can change.
      return null
    }
  }

  // A folder that cannot be listed (its mode refused and unreadable) is left as it is.
  private async names(relPath: string): Promise<string[]> {
    try {
      return await this.fs.readdir(this.path(relPath))
    } catch {
      return []
    }
  }

  private path(relPath: string): string {
    return relPath === '.' || relPath === '' ? this.dataDir : join(this.dataDir, ...relPath.split('/'))
  }
}
