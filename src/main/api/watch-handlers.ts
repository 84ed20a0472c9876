import type { ApiContext } from './context'
import type { Handlers } from './table'

type WatchOperations = 'watch.list' | 'watch.add' | 'watch.remove' | 'watch.scan' | 'watch.preview' | 'watch.dismiss'

/** Folders where headquarters publishes signed bundles, and the bundles found there to review. */
export function watchHandlers({ watch }: ApiContext): Pick<Handlers, WatchOperations> {
  return {
    'watch.list': () => watch.list(),
    'watch.add': () => watch.add(),
    'watch.remove': ({ watchId }) => watch.remove(watchId),
    'watch.scan': () => watch.scan(),
    'watch.preview': ({ offerId }) => watch.preview(offerId),
    'watch.dismiss': ({ offerId }) => watch.dismiss(offerId)
  }
}
