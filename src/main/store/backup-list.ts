import { join } from 'node:path'
import type { BackupEntry } from '@shared/operations'
import { BACKUPS_DIR, readNames } from './backups'
import type { StoreFs } from './store-fs'
import { stampMoment } from './timestamp'

// A backup folder is named by the moment it was taken (2026-12-04T10-00-21-118Z, then -1, -2 for
// the same moment), followed by a label for those made before an operation: -before-import.
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?(?:-([a-z][a-z0-9-]*))?$/

const LABELLED_KINDS = ['before-import', 'before-restore'] as const

/** The complete backups of the data folder, newest first, each with its moment and its kind. */
export async function listBackupEntries(fs: StoreFs, dataDir: string): Promise<BackupEntry[]> {
  const names = await readNames(fs, join(dataDir, BACKUPS_DIR))
  const entries = names.flatMap((name): BackupEntry[] => {
    // A backup still being copied ends in .partial and does not match: it is not one yet.
    const match = BACKUP_NAME.exec(name)
    if (!match) return []
    const [, stamp = '', , label] = match
    const takenAt = stampMoment(stamp)
    if (Number.isNaN(takenAt.getTime())) return []
    const kind = label === undefined ? 'start-up' : (LABELLED_KINDS.find((known) => known === label) ?? 'other')
    return [{ name, takenAt: takenAt.toISOString(), kind }]
  })
  return entries.sort((a, b) =>
    a.takenAt === b.takenAt ? b.name.localeCompare(a.name) : a.takenAt < b.takenAt ? 1 : -1
  )
}
