import type { Store } from './types'

// A store opened read-only skipped its start-up backup, and the backup is what makes a change
// undoable; so a write through it is a bug in the caller, stopped before it touches the disk.
function refuse(what: string): () => Promise<never> {
  return async () => {
    throw new Error(`${what} was refused: this data folder was opened read-only (no start-up backup was made).`)
  }
}

/** The same store with every change refused: for commands that only read (list, export). */
export function readOnlyStore(store: Store): Store {
  return {
    ...store,
    removeOldCopies: refuse('Removing old copies'),
    restoreBackup: refuse('Restoring a backup'),
    library: {
      ...store.library,
      put: refuse('Saving a library item'),
      remove: refuse('Deleting a library item'),
      applyBatch: refuse('Importing library items')
    },
    briefs: { ...store.briefs, put: refuse('Saving a brief'), remove: refuse('Deleting a brief') },
    packages: { ...store.packages, put: refuse('Saving a package'), remove: refuse('Deleting a package') },
    records: { ...store.records, put: refuse('Saving a record'), remove: refuse('Deleting a record') },
    settings: { ...store.settings, update: refuse('Changing a setting') },
    signingKeys: { ...store.signingKeys, update: refuse('Changing the signing keys') },
    watchedFolders: { ...store.watchedFolders, update: refuse('Changing the watched folders') },
    searchIndex: { ...store.searchIndex, write: refuse('Saving the search index') }
  }
}
