import { dirname, join } from 'node:path'
import { idSchema, LIBRARY_KINDS } from '@shared/entities'
import { restoreScope } from '@shared/operations'
import type { RestoreScope } from '@shared/operations'
import {
  ensureDirectory,
  errorCode,
  removeFileDurably,
  syncDirectory,
  syncFile,
  writeFileAtomic,
  writeFilesAtomic
} from './atomic-write'
import { listBackupEntries } from './backup-list'
import { BACKUPS_DIR } from './backups'
import { COPY_SUFFIX, DataFile } from './data-file'
import {
  BRIEFS_DIR,
  briefFile,
  briefSpec,
  LIBRARY_FILES,
  librarySchema,
  librarySpec,
  PACKAGES_FILE,
  packagesSpec,
  RECORDS_FILE,
  recordsSpec
} from './documents'
import type { DocumentSpec } from './documents'
import { journalPath, readJournal } from './journal'
import { checkEntries } from './replay-journal'
import { loadFile } from './load-file'
import type { OpenContext } from './recovery'
import { StoreError } from './store-error'
import type { StoreFs } from './store-fs'
import type { Store } from './types'
import type { JsonObject } from './json-file-adapter'
import { walk } from './walk-files'

// Putting a backup's content back, all or nothing, resumable after a crash (as encrypting is):
//   1. every file of the backup the restore covers is checked (it opens and passes its schema),
//      and nothing is written if one does not;
//   2. the files are copied into .restoring/files/, each synced;
//   3. .restoring/commit is written, naming what the restore covers: from here on it is decided;
//   4. each staged file replaces its original (and its second copy), then every file the restore
//      covers that the backup does not hold is removed, journals included (the backup's files
//      hold their whole state);
//   5. .restoring/ is removed.
// A crash before 3 leaves the folder as it was (the next open throws the staging away); one after
// 3 leaves a folder the next open finishes (finishRestore), since step 4 can run again.
//
// Only content comes back: the library, and for a backup of the whole folder the briefs, packages
// and records of discussion too. Settings, the office's signing keys and its watched folders stay
// as they are: a restore must not take the office's publisher identity back to a day before it
// existed.

export const RESTORE_STAGING = '.restoring'
const FILES_DIR = 'files'
const COMMIT_FILE = 'commit'

/**
 * A restore decided but not finished (the disk failed while the files were being replaced): the
 * store it started from is finished, and the next open completes the restore.
 */
export class RestoreUnfinishedError extends StoreError {}

const LIBRARY_PATHS = new Set(LIBRARY_KINDS.map((kind) => LIBRARY_FILES[kind]))
const LIBRARY_JOURNALS = new Map(LIBRARY_KINDS.map((kind) => [journalPath(LIBRARY_FILES[kind]), kind]))

/**
 * Why the journal at `relPath` in a backup (written at data version `version`) cannot be
 * restored: a line damaged, cut short or not an item of its kind. Null when every line applies.
 * A backup holds a journal only when the open that made it found the journal sound, so any of
 * these is damage since.
 */
async function journalProblem(
  context: OpenContext,
  backupDir: string,
  relPath: string,
  version: number
): Promise<string | null> {
  const kind = LIBRARY_JOURNALS.get(relPath)!
  const journal = await readJournal(context, relPath, join(backupDir, ...relPath.split('/')))
  if (journal.torn) return 'Its last line is cut short.'
  const { bad } = checkEntries(journal, librarySchema(kind), version, context.versioning, relPath)
  const damage = journal.bad ?? bad
  return damage === null ? null : `Line ${damage.lines[0] ?? 1}: ${damage.problem}`
}

/** The spec of a data file the scope covers, found by its path; null for any other path. */
function specFor(relPath: string, scope: RestoreScope): DocumentSpec<unknown> | null {
  const kind = LIBRARY_KINDS.find((each) => LIBRARY_FILES[each] === relPath)
  if (kind !== undefined) return librarySpec(kind) as DocumentSpec<unknown>
  if (scope === 'library') return null
  if (relPath === PACKAGES_FILE) return packagesSpec() as DocumentSpec<unknown>
  if (relPath === RECORDS_FILE) return recordsSpec() as DocumentSpec<unknown>
  const brief = new RegExp(`^${BRIEFS_DIR}/(.+)\\.json$`).exec(relPath)
  return brief && idSchema.safeParse(brief[1]).success ? (briefSpec(brief[1]!) as DocumentSpec<unknown>) : null
}

/**
 * Checks the backup named `name` and stages its files for restoring (steps 1 and 2); throws
 * StoreError, having changed nothing outside the staging folder, when it cannot be restored.
 */
export async function stageRestore(context: OpenContext, name: string): Promise<RestoreScope> {
  const { fs, dataDir } = context
  // Only a backup the folder lists: the window never names a path.
  const entry = (await listBackupEntries(fs, dataDir)).find((each) => each.name === name)
  if (entry === undefined) {
    throw new StoreError('invalid-input', `There is no backup named ${name} in ${join(dataDir, BACKUPS_DIR)}.`)
  }
  const scope = restoreScope(entry.kind)
  const backupDir = join(dataDir, BACKUPS_DIR, name)
  const files: string[] = []
  const journals: string[] = []
  const versions = new Map<string, number>()
  for (const relPath of await walk(fs, backupDir)) {
    // A journal an open left to grow goes with its file: it holds saves the file lacks.
    if (LIBRARY_JOURNALS.has(relPath) && (await fs.lstat(join(backupDir, ...relPath.split('/')))).kind === 'file') {
      journals.push(relPath)
      continue
    }
    const spec = specFor(relPath, scope)
    // Anything else in the folder (its manifest, a file put there by hand, a link) is not restored.
    if (spec === null || (await fs.lstat(join(backupDir, ...relPath.split('/')))).kind !== 'file') continue
    const loaded = await loadFile(
      new DataFile(context, backupDir, relPath, { secondCopy: false }),
      spec,
      context.versioning,
      dataDir
    )
    if (loaded.status !== 'ok') throw unusableBackup(name, relPath, loaded.status === 'damaged' ? loaded.problem : null)
    files.push(relPath)
    versions.set(relPath, loaded.diskVersion)
  }
  for (const relPath of journals) {
    // Its lines were written at its file's data version.
    const version = versions.get(LIBRARY_FILES[LIBRARY_JOURNALS.get(relPath)!])
    if (version === undefined) continue
    const problem = await journalProblem(context, backupDir, relPath, version)
    if (problem !== null) throw unusableBackup(name, relPath, problem)
    files.push(relPath)
  }
  if (!LIBRARY_KINDS.every((kind) => files.includes(LIBRARY_FILES[kind]))) {
    throw unusableBackup(name, 'library', 'It does not hold the whole library.')
  }

  const staging = join(dataDir, RESTORE_STAGING)
  await fs.rm(staging)
  const folders = new Set<string>()
  for (const relPath of files) {
    const target = join(staging, FILES_DIR, ...relPath.split('/'))
    await ensureDirectory(fs, dirname(target))
    folders.add(dirname(target))
    await fs.copyFile(join(backupDir, ...relPath.split('/')), target)
    await syncFile(fs, target)
  }
  for (const folder of folders) await syncDirectory(fs, folder)
  return scope
}

/** Decides the staged restore (step 3) and applies it (steps 4 and 5). */
export async function commitRestore(fs: StoreFs, dataDir: string, scope: RestoreScope): Promise<void> {
  const staging = join(dataDir, RESTORE_STAGING)
  // Renamed into place whole: a commit file that is there says what it decides.
  await writeFileAtomic(fs, join(staging, COMMIT_FILE), scope)
  await applyRestore(fs, dataDir, scope)
}

/**
 * At open, before anything is read: finishes a restore a crash interrupted after it was decided,
 * or throws away one that was not.
 */
export async function finishRestore(fs: StoreFs, dataDir: string): Promise<void> {
  const staging = join(dataDir, RESTORE_STAGING)
  // Every open comes here: one look settles the usual case, a folder with no restore under way.
  if (
    !(await fs.stat(staging).then(
      () => true,
      () => false
    ))
  )
    return
  let decided: string
  try {
    decided = (await fs.readFile(join(staging, COMMIT_FILE))).toString('utf8')
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
    await fs.rm(staging)
    return
  }
  if (decided !== 'library' && decided !== 'content') {
    throw new StoreError(
      'storage-failed',
      `${join(staging, COMMIT_FILE)} does not say what to restore. Remove ${staging}, then start Dossier again.`
    )
  }
  await applyRestore(fs, dataDir, decided)
}

async function applyRestore(fs: StoreFs, dataDir: string, scope: RestoreScope): Promise<void> {
  const staging = join(dataDir, RESTORE_STAGING)
  const staged = await walk(fs, join(staging, FILES_DIR))
  for (const relPath of staged) {
    const bytes = await fs.readFile(join(staging, FILES_DIR, ...relPath.split('/')))
    const target = join(dataDir, ...relPath.split('/'))
    await ensureDirectory(fs, dirname(target))
    // The second copy first, as every save writes them.
    await writeFilesAtomic(fs, [`${target}${COPY_SUFFIX}`, target], bytes)
  }
  const kept = new Set(staged)
  for (const relPath of await coveredFiles(fs, dataDir, scope)) {
    if (kept.has(relPath)) continue
    // The second copy first: a file whose copy is left would be put back from it at the next open.
    await removeFileDurably(fs, join(dataDir, ...`${relPath}${COPY_SUFFIX}`.split('/')))
    await removeFileDurably(fs, join(dataDir, ...relPath.split('/')))
  }
  await fs.rm(staging)
  await syncDirectory(fs, dataDir)
}

/** The data files (without their second copies) a restore of this scope replaces or removes. */
async function coveredFiles(fs: StoreFs, dataDir: string, scope: RestoreScope): Promise<string[]> {
  const library = [...LIBRARY_PATHS].flatMap((relPath) => [relPath, journalPath(relPath)])
  if (scope === 'library') return library
  // A brief whose file is gone but whose second copy is left counts too.
  const briefs = (await walk(fs, join(dataDir, BRIEFS_DIR))).flatMap((name) => {
    const file = name.endsWith(COPY_SUFFIX) ? name.slice(0, -COPY_SUFFIX.length) : name
    return file.endsWith('.json') ? [`${BRIEFS_DIR}/${file}`] : []
  })
  return [...new Set([...library, PACKAGES_FILE, RECORDS_FILE, ...briefs])]
}

/** The content a restore replaces, as the store holds it now: what the before-restore backup keeps. */
export function presentContent(
  store: Pick<Store, 'library' | 'briefs' | 'packages' | 'records'>,
  schemaVersion: number
): Array<{ relPath: string; document: JsonObject }> {
  return [
    ...LIBRARY_KINDS.map((kind) => ({
      relPath: LIBRARY_FILES[kind],
      document: librarySpec(kind).toDocument(store.library.list(kind) as never, schemaVersion)
    })),
    { relPath: PACKAGES_FILE, document: packagesSpec().toDocument(store.packages.list(), schemaVersion) },
    { relPath: RECORDS_FILE, document: recordsSpec().toDocument(store.records.list(), schemaVersion) },
    ...store.briefs.list().map((brief) => ({
      relPath: briefFile(brief.id),
      document: briefSpec(brief.id).toDocument(brief, schemaVersion)
    }))
  ]
}

function unusableBackup(name: string, file: string, problem: string | null): StoreError {
  const why = problem === null ? 'it was written by a newer Dossier' : problem
  return new StoreError(
    'invalid-input',
    `The backup ${name} cannot be restored: ${file} cannot be used (${why}). Nothing was changed.`,
    { file }
  )
}
