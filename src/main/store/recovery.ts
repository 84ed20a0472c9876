import { dirname, join } from 'node:path'
import type { Notice } from '@shared/operations'
import { ensureDirectory, syncDirectory, syncFile, writeFileAtomic, writeFilesAtomic } from './atomic-write'
import { BACKUPS_DIR, listBackups } from './backups'
import { reportRepair } from './carried-notices'
import type { DataFile } from './data-file'
import { RECOVERED_DIR } from './documents'
import type { DocumentSpec } from './documents'
import { parseDocument } from './json-file-adapter'
import type { JsonObject } from './json-file-adapter'
import { interpretDocument } from './load-file'
import type { Versioning } from './load-file'
import type { ContentChecks } from './content-checks'
import type { ReadDigests } from './read-digests'
import type { FileCodec } from './file-codec'
import type { StoreFs } from './store-fs'

/** Where an open is happening: the data folder, this start's stamp and the versions it reads. */
export interface OpenContext {
  fs: StoreFs
  /** Plain, or sealed with the folder's data key. */
  codec: FileCodec
  /** What this computer account found valid in this plain folder before (content-checks.ts). */
  checks?: ContentChecks | undefined
  /** The digests of the files this open read, until its backup is made (read-digests.ts). */
  readDigests?: ReadDigests | undefined
  dataDir: string
  stamp: string
  versioning: Versioning
  /**
   * A read-only open (a command that only reads, a refused import): journals and a crash's
   * library batch are replayed in memory and left on disk for the next open that saves to fold
   * in and report. Only damage is still repaired on disk, as there is no good file to read otherwise.
   */
  readOnly?: boolean
  /** Saves a library collection's journal may hold before it is folded into its file (StoreOptions.journalLimit). */
  journalLimit: number
}

/** A good copy of a damaged file: its exact bytes and what they hold. */
interface GoodCopy<V> {
  bytes: Buffer
  value: V
  diskVersion: number
}

/** What a backup folder holds of a damaged file: exact bytes, or a document to write (a file and its journal). */
export type BackupReader<V> = (
  backupDir: string
) => Promise<GoodCopy<V> | { document: JsonObject; value: V; diskVersion: number } | null>

/**
 * Repairs a damaged data file: keeps the damaged bytes aside (never overwriting, never
 * deleting), then puts back its second copy, which holds every acknowledged save, or failing
 * that the newest good backup. A file missing beside a good second copy is put back from it. The notice saying which, and what was lost, is pushed to
 * `notices` and written down before the repair. Returns what was restored, or null when no copy
 * is good (the caller then starts the file empty).
 */
export async function recoverFile<V>(
  context: OpenContext,
  file: DataFile,
  spec: DocumentSpec<V>,
  notices: Notice[],
  fromBackup: BackupReader<V> = (backupDir) =>
    readGoodCopy(context, file.relPath, join(backupDir, ...file.relPath.split('/')), spec)
): Promise<{ value: V; diskVersion: number } | null> {
  const { fs, dataDir } = context
  const second = file.copyPath === null ? null : await readGoodCopy(context, file.relPath, file.copyPath, spec)
  if (!(await exists(fs, file.absPath))) {
    // Removed from outside, its second copy left behind: put back if that copy is good.
    if (!second) return null
    await reportRepair(fs, dataDir, notices, {
      code: 'restored-missing-file',
      message: `${file.relPath} was missing from the data folder, so Dossier put it back from the second copy it keeps of every data file. Nothing was lost.`,
      params: { file: file.relPath }
    })
    await writeFileAtomic(fs, file.absPath, second.bytes)
    return second
  }
  // It exists (just checked), so it is kept.
  const keptAs = (await keepAside(context, file.relPath))!
  const params = { file: file.relPath, keptAs }
  if (second) {
    await reportRepair(fs, dataDir, notices, {
      code: 'restored-from-copy',
      message: `${file.relPath} was damaged, so Dossier restored it from the second copy it keeps of every data file. Nothing was lost. The damaged file is kept as ${keptAs}.`,
      params
    })
    await writeFileAtomic(fs, file.absPath, second.bytes)
    return second
  }
  for (const backup of (await listBackups(fs, dataDir)).reverse()) {
    const copy = await fromBackup(join(dataDir, BACKUPS_DIR, backup))
    if (!copy) continue
    await reportRepair(fs, dataDir, notices, {
      code: 'restored-from-backup',
      message: `${file.relPath} was damaged and had no good second copy, so Dossier restored it from the backup made at ${backup}. Changes saved to it after that backup, if any, are lost. The damaged file is kept as ${keptAs}.`,
      params: { ...params, backup }
    })
    // The backup's exact bytes go back, to the file and to its second copy; or, for a file the
    // backup holds with a journal, the document they make together.
    if ('document' in copy) await file.write(copy.document)
    else await writeFilesAtomic(fs, file.copyPath === null ? [file.absPath] : [file.copyPath, file.absPath], copy.bytes)
    return copy
  }
  await reportRepair(fs, dataDir, notices, {
    code: 'unrecoverable-file',
    message: `${file.relPath} was damaged and neither its second copy nor any backup holds a good copy, so Dossier started without its content. The damaged file is kept as ${keptAs}.`,
    params
  })
  return null
}

// `role` is the original's path: a second copy and a backup copy are sealed as the file itself.
async function readGoodCopy<V>(
  context: OpenContext,
  role: string,
  path: string,
  spec: DocumentSpec<V>
): Promise<GoodCopy<V> | null> {
  try {
    const bytes = await context.fs.readFile(path)
    const loaded = interpretDocument(parseDocument(context.codec.decodeFile(role, bytes)), spec, context.versioning)
    return loaded.status === 'ok' ? { bytes, value: loaded.value, diskVersion: loaded.diskVersion } : null
  } catch {
    // Missing, unreadable or damaged: not a copy to restore from.
    return null
  }
}

/**
 * Copies a data file to recovered/<relative path>.<stamp>.<reason> (never over an earlier one)
 * and returns that relative path, or null when there is no such file to keep. A copy, not a move: until the caller has replaced or removed
 * the file, a crash leaves it where the next open finds it and repairs it again. `torn` marks a
 * journal that only lost an unfinished last line.
 */
export async function keepAside(
  context: OpenContext,
  relPath: string,
  reason: 'corrupt' | 'torn' = 'corrupt'
): Promise<string | null> {
  const { fs, dataDir } = context
  const base = `${RECOVERED_DIR}/${relPath}.${context.stamp}`
  let keptAs = `${base}.${reason}`
  for (let count = 1; await exists(fs, join(dataDir, ...keptAs.split('/'))); count += 1) {
    keptAs = `${base}-${count}.${reason}`
  }
  const target = join(dataDir, ...keptAs.split('/'))
  const source = join(dataDir, ...relPath.split('/'))
  // Seen without following a link: a copy would read the file it names, outside the folder.
  const found = await fs.lstat(source).catch(() => null)
  if (found === null) return null
  await ensureDirectory(fs, dirname(target))
  if (found.kind !== 'file') {
    // A folder, a pipe, a device or a link at a data file's name holds no data to keep a copy of
    // (copying a pipe would wait for ever): moved aside, out of the way of the file put back in its place.
    await fs.rename(source, target)
    await syncDirectory(fs, dirname(target))
    return keptAs
  }
  await fs.copyFile(source, target)
  await syncFile(fs, target)
  await syncDirectory(fs, dirname(target))
  return keptAs
}

async function exists(fs: StoreFs, path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false
  )
}
