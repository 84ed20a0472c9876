import { ApiFailure } from '../core/failure'
import type { ApiContext } from './context'
import type { Handlers } from './table'

/** Start-up status: where data lives and what the store had to tell the user, until the user has seen it. */
export function appHandlers({
  store
}: ApiContext): Pick<Handlers, 'app.status' | 'app.dismissNotices' | 'app.openDataFolder'> {
  return {
    'app.status': () => ({ dataDir: store.dataDir, notices: store.notices }),
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
    }
  }
}
