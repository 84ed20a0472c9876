import type { ApiContext } from './context'
import type { Handlers } from './table'

/** The data folder's housekeeping: removing old copies (backups, damaged files kept aside) on request. */
export function dataHandlers({ store }: ApiContext): Pick<Handlers, 'data.removeOldCopies'> {
  return {
    'data.removeOldCopies': () => store.removeOldCopies()
  }
}
