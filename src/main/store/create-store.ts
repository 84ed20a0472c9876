import { LIBRARY_KINDS, packageSchema, settingsSchema } from '@shared/entities'
import { deferred } from '@shared/deferred-schema'
import { meetingRecordSchema } from '@shared/records'
import type { LibraryItemByKind, LibraryKind, Settings } from '@shared/entities'
import type { Notice } from '@shared/operations'
import { createBriefsCollection } from './briefs-collection'
import { clearCarriedNotices } from './carried-notices'
import { createItemsCollection, validate, writeOrExplain } from './collections'
import type { WriteContext } from './collections'
import { DataFile } from './data-file'
import { LIBRARY_FILES, librarySchema, librarySpec, packagesSpec, recordsSpec, settingsSpec } from './documents'
import { createJournaledCollection } from './journaled-collection'
import { LibraryBatches } from './library-batch'
import type { BatchPart } from './library-batch'
import type { LoadedFolder } from './load-data-folder'
import { removeOldCopiesAsHolder } from './remove-old-copies'
import { listBackupEntries } from './backup-list'
import { searchIndexFile } from './search-index-file'
import { SerialFile } from './serial-file'
import { createSigningKeys } from './signing-keys'
import { createWatchedFolders } from './watched-folders'
import type { Collection, Store } from './types'

const LABELS: Record<LibraryKind, string> = {
  partner: 'partner',
  keyMessage: 'key message',
  irritant: 'irritant',
  backgroundNote: 'background note'
}

type Collections = { [K in LibraryKind]: Collection<LibraryItemByKind[K]> }

/** Builds the store's in-memory view over a loaded data folder, with one write queue per file. */
export function createStore(
  context: WriteContext,
  folder: LoadedFolder,
  notices: Notice[]
): Omit<Store, 'restoreBackup'> {
  const queues: Array<{ idle(): Promise<void> }> = []
  const journals: Array<() => Promise<void>> = []
  const folds: Array<() => Promise<void>> = []

  const collections = {} as Collections
  const parts = {} as Record<LibraryKind, BatchPart>
  for (const kind of LIBRARY_KINDS) {
    // Library collections are large and edited one item at a time: a save appends to a journal.
    const { collection, queue, adopt, close, fold } = createJournaledCollection(
      context,
      librarySpec(kind),
      librarySchema(kind),
      LABELS[kind],
      folder.library[kind],
      folder.journals.get(LIBRARY_FILES[kind])
    )
    collections[kind] = collection as never
    queues.push(queue)
    journals.push(close)
    folds.push(fold)
    parts[kind] = {
      queue: queue as unknown as BatchPart['queue'],
      adopt: adopt as BatchPart['adopt'],
      list: () => collection.list(),
      label: LABELS[kind]
    }
  }
  // Imports change several collections at once, all or nothing; single saves wait for them.
  const batches = new LibraryBatches(context, parts)
  // TypeScript cannot follow K through the mapped type, so the lookup is typed once here.
  const of = <K extends LibraryKind>(kind: K): Collection<LibraryItemByKind[K]> =>
    collections[kind] as Collection<LibraryItemByKind[K]>

  const packages = createItemsCollection(context, packagesSpec(), packageSchema, 'package', folder.packages)
  queues.push(packages.file)
  const records = createItemsCollection(context, recordsSpec(), meetingRecordSchema, 'record', folder.records)
  queues.push(records.file)
  const briefs = createBriefsCollection(context, folder.briefs)
  const settings = createSettings(context, folder.settings)
  queues.push(settings.file)
  const signingKeys = createSigningKeys(context, folder.signingKeys)
  queues.push(signingKeys.file)
  const watchedFolders = createWatchedFolders(context, folder.watchedFolders)
  queues.push(watchedFolders.file)
  const searchIndex = searchIndexFile(context)
  queues.push(searchIndex)

  return {
    dataDir: context.dataDir,
    notices,
    acknowledgeNotices: () => clearCarriedNotices(context.fs, context.dataDir),
    // With the library to itself (after any import running now, so its backup is complete before the
    // choice of what goes; saves and a flush wait for it). The journals go first: lines of earlier
    // sessions' saves (of an item since deleted, say) are copies too.
    removeOldCopies: () =>
      batches.exclusive(async () => {
        for (const fold of folds) await fold()
        return removeOldCopiesAsHolder(context, context.now())
      }),
    backups: () => listBackupEntries(context.fs, context.dataDir),
    library: {
      list: (kind) => of(kind).list(),
      get: (kind, id) => of(kind).get(id),
      put: (kind, item) => batches.write(() => of(kind).put(item)),
      remove: (kind, id) => batches.write(() => of(kind).remove(id)),
      applyBatch: (changes, options) => batches.apply(changes, options)
    },
    briefs: briefs.collection,
    packages: packages.collection,
    records: records.collection,
    settings: settings.api,
    signingKeys: signingKeys.api,
    watchedFolders: watchedFolders.api,
    searchIndex: searchIndex.api,
    flush: async () => {
      await batches.idle()
      await Promise.all([...queues, ...briefs.files()].map((queue) => queue.idle()))
      // Journals keep their files open between saves; a store being put away lets them go.
      await Promise.all(journals.map((close) => close()))
    }
  }
}

function createSettings(
  context: WriteContext,
  initial: Settings
): { api: Store['settings']; file: SerialFile<Settings> } {
  const spec = settingsSpec()
  const data = new DataFile(context, context.dataDir, spec.relPath)
  const file = new SerialFile<Settings>(
    initial,
    (settings) => writeOrExplain(context, data, spec.toDocument(settings, context.schemaVersion)),
    (settings) => ({ ...settings })
  )
  const partial = deferred(() => settingsSchema.partial())
  const api: Store['settings'] = {
    get: () => ({ ...file.state }),
    update: async (patch) => {
      const valid = validate(partial, patch, 'setting')
      // A key given as undefined means "no change", not "erase".
      const changes = Object.fromEntries(Object.entries(valid).filter(([, value]) => value !== undefined))
      await file.change((draft) => ({ ...draft, ...changes }))
      return { ...file.state }
    }
  }
  return { api, file }
}
