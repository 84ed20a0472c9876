import { ApiFailure } from '../core/failure'
import type { ApiContext } from './context'
import type { Handlers } from './table'

/** Start-up status: where data lives and what the store had to tell the user, until the user has seen it. */
export function appHandlers({
  store,
  encrypted,
  libraryIndex
}: ApiContext): Pick<
  Handlers,
  | 'app.status'
  | 'app.dismissNotices'
  | 'app.openDataFolder'
  | 'app.lock'
  | 'app.waitForLock'
  | 'app.reportActivity'
  | 'app.encryptionProgress'
> {
  // Locking belongs to the session that swaps tables (api-session.ts), which answers these
  // itself; a table used on its own (the command line, some tests) has nothing to lock.
  const noSession = (): never => {
    throw new ApiFailure('invalid-input', 'Only the app locks its data folder; this Dossier has nothing to lock.')
  }
  return {
    'app.status': () => {
      // The window asks first, at start: the search index is built in slices from here on, while
      // the window loads, so the officer's first search finds it ready (see library-index.ts).
      libraryIndex.warm()
      return { dataDir: store.dataDir, notices: store.notices, encrypted }
    },
    'app.dismissNotices': async () => {
      await store.acknowledgeNotices()
      return null
    },
    // Only a window that could not open the folder has anything to open again (unavailable-table.ts).
    'app.openDataFolder': () => {
      throw new ApiFailure(
        'already-open',
        `The data folder ${store.dataDir} is already open in this Dossier, so there is nothing to open again or take over.`
      )
    },
    'app.lock': noSession,
    'app.waitForLock': noSession,
    'app.reportActivity': noSession,
    // An open folder is not being encrypted (only an attempt to open one does that, in the session).
    'app.encryptionProgress': () => null
  }
}
