import { join } from 'node:path'
import { LIBRARY_KINDS } from '@shared/entities'
import type { Brief, LibraryKind, Package, Settings } from '@shared/entities'
import type { MeetingRecord } from '@shared/records'
import type { Notice } from '@shared/operations'
import { ensureDirectory, errorCode, removeFileDurably, removeLeftoverTempFiles } from './atomic-write'
import { DataFile } from './data-file'
import { listBriefIds } from './data-documents'
import {
  BRIEFS_DIR,
  briefSpec,
  LIBRARY_DIR,
  LIBRARY_FILES,
  librarySchema,
  librarySpec,
  packagesSpec,
  recordsSpec,
  settingsSpec
} from './documents'
import type { DocumentSpec } from './documents'
import { openItemLookup } from './item-lookup'
import type { LibraryLookups } from './item-lookup'
import { dataTooNew, loadFile, worthRewriting } from './load-file'
import type { Loaded } from './load-file'
import type { JournalEntry } from './journal'
import { PENDING_BATCH_FILE, readPendingBatch } from './pending-batch'
import type { PendingRead } from './pending-batch'
import { readCarriedNotices, reportRepair } from './carried-notices'
import { keepAside, recoverFile } from './recovery'
import type { OpenContext } from './recovery'
import { loadCollection } from './replay-journal'
import { fetchDefaultLibrary, installDefaultLibrary } from './seed'
import { mapLimited } from './map-limited'
import type { LibraryLists } from './seed'
import { settleCollection } from './settle-collection'
import { signingKeysSpec } from './signing-keys'
import type { SigningKeys } from './signing-keys'
import { watchedFoldersSpec } from './watched-folders'
import type { WatchedFolders } from './watched-folders'
import type { StoreFs } from './store-fs'
import type { DefaultLibrary, StoreParts } from './types'

// A folder of thousands of briefs must not open them all at once: systems cap open files (macOS at 256).
const READ_CONCURRENCY = 16

/** Everything a data folder holds once read, repaired and (on first start) seeded. */
export interface LoadedFolder {
  library: LibraryLists
  packages: Package[]
  records: MeetingRecord[]
  settings: Settings
  signingKeys: SigningKeys
  watchedFolders: WatchedFolders
  briefs: Brief[]
  notices: Notice[]
  /** Good files now on disk, relative to the data folder: what the start-up backup copies. */
  goodFiles: string[]
  /** Rewrites of files stored at an older data version; run after the backup keeps the originals. */
  upgrades: Array<() => Promise<void>>
  /** The journals left to grow at this open (see settle-collection.ts), by their collection's file. */
  journals: Map<string, KeptJournal>
  /** What was read when less than everything was (see StoreOptions.parts); absent when all was. */
  parts?: StoreParts
  /** With parts, the library kinds looked up by id instead of read in full. */
  lookups?: LibraryLookups
}

/** What settling files gathers for the open: notices, files to back up, upgrades to write, journals kept. */
export interface Collector {
  notices: Notice[]
  goodFiles: string[]
  upgrades: Array<() => Promise<void>>
  journals: Map<string, KeptJournal>
}

/** A journal the store appends to as it found it: its entries and bytes count towards its limits. */
export interface KeptJournal {
  entries: number
  bytes: number
}

/** Reads every data file once, refuses newer data, repairs damaged files, folds in journals, seeds a new folder. */
export async function loadDataFolder(
  context: OpenContext,
  loadDefaultLibrary: () => Promise<DefaultLibrary>,
  asked?: StoreParts
): Promise<LoadedFolder> {
  const { fs, dataDir } = context
  const parts = asked && (await partsReadable(fs, dataDir, asked))
  const briefIds = await listBriefIds(fs, dataDir)
  const briefSpecs = (
    parts === undefined || parts.briefs === 'all' ? briefIds : briefIds.filter((id) => parts.briefs.includes(id))
  ).map(briefSpec)
  // Kinds looked up by id from files this account proved before are not read in full.
  const lookups = parts?.library === 'by-id' ? await libraryLookups(context) : {}
  const kinds = parts?.library === false ? [] : LIBRARY_KINDS.filter((kind) => lookups[kind] === undefined)
  const specs: DocumentSpec<unknown>[] = [
    packagesSpec(),
    settingsSpec(),
    signingKeysSpec(),
    watchedFoldersSpec(),
    recordsSpec(),
    ...briefSpecs
  ]
  // A library batch that a crash left half-applied is replayed after the journals it belongs to.
  const pending: PendingRead =
    kinds.length === 0 ? { status: 'missing' } : await readPendingBatch(context, dataDir, context.versioning)
  const pendingFor = (kind: LibraryKind): JournalEntry[] => (pending.status === 'ok' ? pending.entries[kind] : [])
  // Library collections come with their journals; the other files are single documents.
  const [collections, loaded] = await Promise.all([
    Promise.all(kinds.map((kind) => loadCollection(context, librarySpec(kind), librarySchema(kind), pendingFor(kind)))),
    mapLimited(specs, READ_CONCURRENCY, (spec) =>
      loadFile(new DataFile(context, dataDir, spec.relPath), spec, context.versioning, dataDir)
    )
  ])

  // Nothing is moved, restored or written before this check, so a newer app finds its data intact.
  const relPaths = [...kinds.map((kind) => LIBRARY_FILES[kind]), ...specs.map((spec) => spec.relPath)]
  const outcomes = [...collections.map((collection) => collection.snapshot), ...loaded]
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'too-new')
      throw dataTooNew(relPaths[index]!, outcome.diskVersion, context.versioning.current)
  })
  if (pending.status === 'too-new')
    throw dataTooNew(PENDING_BATCH_FILE, pending.diskVersion, context.versioning.current)
  await prepareFolders(fs, dataDir, context.readOnly !== true)

  // Repairs an open made before it stopped are reported now, with this open's own.
  const out: Collector = {
    notices: await readCarriedNotices(fs, dataDir),
    goodFiles: [],
    upgrades: [],
    journals: new Map()
  }
  if (pending.status === 'damaged') await setPendingAside(context, out.notices)
  // A collection not read stays empty here; the store refuses to answer from it (partial-store.ts).
  const library = Object.fromEntries(LIBRARY_KINDS.map((kind) => [kind, []])) as unknown as LibraryLists
  for (const [index, kind] of kinds.entries()) {
    const settled = await settleCollection(
      context,
      librarySpec(kind),
      librarySchema(kind),
      collections[index]!,
      out,
      pendingFor(kind)
    )
    library[kind] = settled as never
  }
  // Every collection's file now holds the batch; only then may the batch itself go.
  if (pending.status === 'ok' && context.readOnly !== true)
    await removeFileDurably(fs, join(dataDir, ...PENDING_BATCH_FILE.split('/')))
  const settled: unknown[] = []
  for (const [index, spec] of specs.entries()) settled.push(await settle(context, spec, loaded[index]!, out))
  let packages = settled[0] as Package[]
  const settings = settled[1] as Settings
  const signingKeys = settled[2] as SigningKeys
  const watchedFolders = settled[3] as WatchedFolders
  const records = settled[4] as MeetingRecord[]
  const briefs = settled.slice(5).filter((brief): brief is Brief => brief !== undefined)

  // Seed only a folder with no library file at all: one that lost a collection is not new, and
  // a journal counts as a library file, as does a collection looked up by id.
  const noLibrary =
    Object.keys(lookups).length === 0 && collections.every((collection) => collection.snapshot.status === 'missing')
  if (kinds.length > 0 && noLibrary) {
    const seeded = await installDefaultLibrary(context, await fetchDefaultLibrary(loadDefaultLibrary), {
      packages: out.goodFiles.includes(packagesSpec().relPath),
      briefIds: new Set(briefs.map((brief) => brief.id))
    })
    Object.assign(library, seeded.library)
    packages = seeded.packages ?? packages
    briefs.push(...seeded.briefs)
    out.goodFiles.push(...seeded.written)
    out.notices.push(seeded.notice)
  }
  return {
    library,
    packages,
    records,
    settings,
    signingKeys,
    watchedFolders,
    briefs,
    ...out,
    ...(parts ? { parts, lookups } : {})
  }
}

/** A lookup for each library kind whose file allows one (see item-lookup.ts). */
async function libraryLookups(context: OpenContext): Promise<LibraryLookups> {
  const lookups: LibraryLookups = {}
  await Promise.all(
    LIBRARY_KINDS.map(async (kind) => {
      const lookup = await openItemLookup(context, librarySpec(kind), librarySchema(kind))
      if (lookup !== null) (lookups as Record<LibraryKind, unknown>)[kind] = lookup
    })
  )
  return lookups
}

/**
 * The parts asked for, or undefined (read everything) when everything must be read anyway: a
 * folder with no library file, journal or copy yet is seeded (which must know every brief it
 * holds), and an import a crash left half-applied is replayed into every collection before its
 * file goes.
 */
async function partsReadable(fs: StoreFs, dataDir: string, asked: StoreParts): Promise<StoreParts | undefined> {
  let names: string[]
  try {
    names = await fs.readdir(join(dataDir, LIBRARY_DIR))
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined
    throw error
  }
  const pendingName = PENDING_BATCH_FILE.split('/').at(-1)!
  if (names.some((name) => name.startsWith(pendingName))) return undefined
  const stems = Object.values(LIBRARY_FILES).map((relPath) =>
    relPath
      .split('/')
      .at(-1)!
      .replace(/\.json$/, '.')
  )
  return names.some((name) => stems.some((stem) => name.startsWith(stem))) ? asked : undefined
}

// Turns one file's read outcome into the value the store starts with, repairing it if damaged.
async function settle<V>(
  context: OpenContext,
  spec: DocumentSpec<V>,
  loaded: Loaded<V>,
  out: Collector
): Promise<V | undefined> {
  const file = new DataFile(context, context.dataDir, spec.relPath)
  let found: { value: V; diskVersion: number } | null = null
  if (loaded.status === 'missing') return spec.empty
  if (loaded.status === 'ok') found = loaded
  if (loaded.status === 'damaged') found = await recoverFile(context, file, spec, out.notices)
  if (!found) {
    // Lost for good: write the empty state so the folder stays recognisably not new.
    if (spec.empty === undefined) return undefined
    await file.write(spec.toDocument(spec.empty, context.versioning.current))
    out.goodFiles.push(spec.relPath)
    return spec.empty
  }
  out.goodFiles.push(spec.relPath)
  const { value, diskVersion } = found
  if (worthRewriting(context.codec, spec, loaded, diskVersion, context.versioning.current)) {
    out.upgrades.push(() => file.write(spec.toDocument(value, context.versioning.current)))
  }
  return value
}

// Applying half of a batch would leave the library between two states, so a damaged one is not
// applied at all: the library stays as it was before the batch (an import), which can be redone.
async function setPendingAside(context: OpenContext, notices: Notice[]): Promise<void> {
  // It was just read, so it is there to keep.
  const keptAs = (await keepAside(context, PENDING_BATCH_FILE))!
  await reportRepair(context.fs, context.dataDir, notices, {
    code: 'import-damaged',
    message: `${PENDING_BATCH_FILE}, an import that was being saved when Dossier stopped, is damaged, so the library was left as it was before that import. Import the file again. The damaged copy is kept as ${keptAs}.`,
    params: { file: PENDING_BATCH_FILE, keptAs }
  })
  await removeFileDurably(context.fs, join(context.dataDir, ...PENDING_BATCH_FILE.split('/')))
}

/** Makes the folders a new data folder lacks, and clears what an interrupted write left (not on a read-only open). */
async function prepareFolders(fs: StoreFs, dataDir: string, clearLeftovers: boolean): Promise<void> {
  await ensureDirectory(fs, join(dataDir, LIBRARY_DIR))
  await ensureDirectory(fs, join(dataDir, BRIEFS_DIR))
  if (!clearLeftovers) return
  await Promise.all(
    [dataDir, join(dataDir, LIBRARY_DIR), join(dataDir, BRIEFS_DIR)].map((folder) =>
      removeLeftoverTempFiles(fs, folder)
    )
  )
}
