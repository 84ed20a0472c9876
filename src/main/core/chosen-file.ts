import { dirname } from 'node:path'
import { nodeFs, writeFileAtomic } from '../store'
import type { StoreFs } from '../store'
import { ApiFailure } from './failure'

// Why a write to a place the user chose can fail, in words that say what to do instead.
const REASONS: Record<string, string> = {
  ENOENT: 'that folder does not exist',
  ENOTDIR: 'part of that path is a file, not a folder',
  EACCES: 'you may not write there',
  EPERM: 'you may not write there',
  EROFS: 'that disk is read-only',
  ENOSPC: 'the disk is full',
  EISDIR: 'that name is a folder'
}

// A document the user exports is theirs to share: it gets the usual permissions, not the data folder's.
const exportFs: StoreFs = { ...nodeFs, open: (path, flags) => nodeFs.open(path, flags, 0o666) }

/** Writes a file where the user asked (atomically), or explains in words why it cannot. */
export async function writeChosenFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(exportFs, path, bytes)
  } catch (error) {
    const reason = REASONS[(error as NodeJS.ErrnoException).code ?? '']
    if (!reason) throw error
    throw new ApiFailure(
      'storage-failed',
      `Dossier could not save ${path}: ${reason} (${dirname(path)}). Choose another place and export again.`
    )
  }
}
