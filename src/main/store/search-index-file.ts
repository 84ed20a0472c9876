import { join } from 'node:path'
import { errorCode, writeFileAtomic } from './atomic-write'
import type { WriteContext } from './collections'
import { SealBrokenError } from './file-codec'
import type { Store } from './types'

// The search index saved between starts (core/search/saved-search.ts), beside the data it was
// made from. Sealed like every file of an encrypted folder, so the library's words are never on
// disk in clear there; not a data file, so never backed up, restored or repaired: one that is
// missing, damaged or forged is simply made again from the library.

export const SEARCH_INDEX_FILE = 'search-index.bin'
// About 30 MB at 20,000 items. A file far larger is not an index this Dossier wrote: it is not
// read into memory, and the index is built again and saved over it.
const MAX_BYTES = 512 * 1024 * 1024

/** The saved search index of this folder, and a way to wait for its writes (flush). */
export function searchIndexFile(context: WriteContext): { api: Store['searchIndex']; idle(): Promise<void> } {
  const path = join(context.dataDir, SEARCH_INDEX_FILE)
  let writing: Promise<void> = Promise.resolve()
  const api: Store['searchIndex'] = {
    read: async () => {
      let bytes: Buffer
      try {
        if ((await context.fs.stat(path)).size > MAX_BYTES) return null
        bytes = await context.fs.readFile(path)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null
        throw error
      }
      try {
        return context.codec.consumeBytes(SEARCH_INDEX_FILE, bytes)
      } catch (error) {
        if (error instanceof SealBrokenError) return null
        throw error
      }
    },
    write: (make) => {
      // Queued at once, so that a flush waits for it; made when its turn comes, after the event
      // loop has turned (a query that finished the build has had its answer sent by then). One
      // write at a time, in order; a failed one does not stop the next.
      const next = writing.then(async () => {
        await new Promise((resolve) => setImmediate(resolve))
        await context.assertHolder()
        await writeFileAtomic(context.fs, path, context.codec.encodeFile(SEARCH_INDEX_FILE, 0, make()))
      })
      writing = next.catch(() => undefined)
      return next
    }
  }
  return { api, idle: () => writing }
}
