import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { LibraryItem } from '@shared/entities'
import { openStore } from '../../../../src/main/store/index'
import type { DefaultLibrary, Store } from '../../../../src/main/store/index'
import { makeTempDir, optionsFor, steppingClock, tinyDefaultLibrary } from '../../store/helpers'

export { cleanTempDirs } from '../../store/helpers'

/** A store on a fresh temporary folder, with the given default library (empty unless given). */
export async function freshStore(
  defaults?: DefaultLibrary
): Promise<{ dataDir: string; store: Store; reopen: () => Promise<Store> }> {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, {
    now: steppingClock(),
    ...(defaults ? { loadDefaultLibrary: async () => structuredClone(defaults) } : {})
  })
  return { dataDir, store: await openStore(options), reopen: () => openStore(options) }
}

export { tinyDefaultLibrary }

/** Every file of a folder with the SHA-256 of its bytes: equal maps mean a byte-for-byte equal folder. */
export async function hashFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    out[relative(dir, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex')
  }
  return out
}

/** The next version of an item, made the way the library service makes it. */
export function edited<T extends LibraryItem>(item: T, changes: Partial<T>, at: string, by: string): T {
  const { history, ...content } = item
  return {
    ...item,
    ...changes,
    version: item.version + 1,
    updatedAt: at,
    updatedBy: by,
    history: [...history, content]
  }
}

/** The whole library of a store, per kind, in stored order. */
export function libraryOf(store: Store) {
  return {
    partner: store.library.list('partner'),
    keyMessage: store.library.list('keyMessage'),
    irritant: store.library.list('irritant'),
    backgroundNote: store.library.list('backgroundNote')
  }
}
