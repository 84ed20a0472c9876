import { dirname, join } from 'node:path'
import type { Notice } from '@shared/operations'
import { ensureDirectory, syncDirectory, writeFileAtomic } from './atomic-write'
import { BACKUPS_DIR, listBackups } from './backups'
import { DataFile } from './data-file'
import type { DocumentSpec } from './documents'
import { loadFile } from './load-file'
import type { Versioning } from './load-file'
import type { StoreFs } from './store-fs'

export const RECOVERED_DIR = 'recovered'

/** Where an open is happening: the data folder, this start's stamp and the versions it reads. */
export interface OpenContext {
  fs: StoreFs
  dataDir: string
  stamp: string
  versioning: Versioning
}

/** The outcome of recovering one damaged file: the restored value (if any) and what to tell the user. */
export interface Recovery<V> {
  restored: { value: V; diskVersion: number } | null
  notice: Notice
}

/**
 * Moves a damaged file aside (never overwriting, never deleting) and puts back the newest good
 * copy from the backups, so the user loses as little as possible and is told exactly what happened.
 */
export async function recoverFile<V>(
  context: OpenContext,
  file: DataFile,
  spec: DocumentSpec<V>
): Promise<Recovery<V>> {
  const keptAs = await moveAside(context, file.relPath)
  const backups = (await listBackups(context.fs, context.dataDir)).reverse()
  for (const backup of backups) {
    const copy = new DataFile(context.fs, join(context.dataDir, BACKUPS_DIR, backup), file.relPath)
    const loaded = await loadFile(copy, spec, context.versioning, context.dataDir).catch(() => null)
    if (loaded?.status !== 'ok') continue
    // The backup's exact bytes go back, so the restored file matches the backup.
    await writeFileAtomic(context.fs, file.absPath, await context.fs.readFile(copy.absPath))
    return {
      restored: { value: loaded.value, diskVersion: loaded.diskVersion },
      notice: {
        code: 'restored-from-backup',
        message: `${file.relPath} was damaged, so Dossier restored it from the backup made at ${backup}; changes made after that backup are lost. The damaged file is kept as ${keptAs}.`,
        params: { file: file.relPath, backup, keptAs }
      }
    }
  }
  return {
    restored: null,
    notice: {
      code: 'unrecoverable-file',
      message: `${file.relPath} was damaged and no backup holds a good copy, so Dossier started without its content. The damaged file is kept as ${keptAs}.`,
      params: { file: file.relPath, keptAs }
    }
  }
}

/**
 * Moves a data file to recovered/<relative path>.<stamp>.<reason> (never over an earlier one) and
 * returns that relative path. `torn` marks a journal that only lost an unfinished last line.
 */
export async function moveAside(
  context: OpenContext,
  relPath: string,
  reason: 'corrupt' | 'torn' = 'corrupt'
): Promise<string> {
  const source = join(context.dataDir, ...relPath.split('/'))
  const base = `${RECOVERED_DIR}/${relPath}.${context.stamp}`
  let keptAs = `${base}.${reason}`
  for (let count = 1; await exists(context.fs, join(context.dataDir, ...keptAs.split('/'))); count += 1) {
    keptAs = `${base}-${count}.${reason}`
  }
  const target = join(context.dataDir, ...keptAs.split('/'))
  await ensureDirectory(context.fs, dirname(target))
  await context.fs.rename(source, target)
  await syncDirectory(context.fs, dirname(target))
  await syncDirectory(context.fs, dirname(source))
  return keptAs
}

async function exists(fs: StoreFs, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false
  )
}
