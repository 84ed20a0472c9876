import type { ApiContext } from './context'
import type { Handlers } from './table'

/** Start-up status: where data lives and what the store had to tell the user. */
export function appHandlers({ store }: ApiContext): Pick<Handlers, 'app.status'> {
  return {
    'app.status': () => ({ dataDir: store.dataDir, notices: store.notices })
  }
}
