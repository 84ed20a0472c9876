import { ApiFailure } from '../core/failure'
import type { ApiContext } from './context'
import type { Handlers } from './table'

/**
 * The data folder's housekeeping: the backups it holds, the folder shown in the file manager, and
 * removing old copies (backups, damaged files kept aside) on request.
 */
export function dataHandlers({
  store,
  files
}: ApiContext): Pick<Handlers, 'data.removeOldCopies' | 'data.backups' | 'data.showFolder' | 'data.restoreBackup'> {
  return {
    'data.removeOldCopies': () => store.removeOldCopies(),
    'data.backups': () => store.backups(),
    // The window never names a path: this shows the open store's own folder, nothing else.
    'data.showFolder': () => {
      files.showFolder(store.dataDir)
      return null
    },
    // A restore ends this table's store and opens a new one: only the session that swaps tables
    // (api-session.ts) can do that, and it answers this itself.
    'data.restoreBackup': () => {
      throw new ApiFailure(
        'invalid-input',
        'Backups are restored from the app (Settings), which opens the data folder again afterwards.'
      )
    }
  }
}
