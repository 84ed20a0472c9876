import type { ApiContext } from './context'
import type { Handlers } from './table'

/** Start-up status: where data lives and what the store had to tell the user, until the user has seen it. */
export function appHandlers({ store }: ApiContext): Pick<Handlers, 'app.status' | 'app.dismissNotices'> {
  return {
    'app.status': () => ({ dataDir: store.dataDir, notices: store.notices }),
    'app.dismissNotices': async () => {
      await store.acknowledgeNotices()
      return null
    }
  }
}
