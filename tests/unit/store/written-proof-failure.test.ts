import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type * as ContentChecks from '../../../src/main/store/content-checks'
import { LIBRARY_FILES } from '../../../src/main/store/documents'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import { cleanTempDirs, largeKeyMessages, makeTempDir, steppingClock, tinyDefaultLibrary } from './helpers'

// Remembering a file's check (after it is written, or read) only makes the next open faster:
// when hashing it fails, the save has landed all the same and the open goes on, validating.

vi.mock('../../../src/main/store/content-checks', async (original) => ({
  ...(await original<typeof ContentChecks>()),
  sha256InBackground: () => Promise.reject(new Error('The thread pool refused the hash.'))
}))

afterEach(cleanTempDirs)

describe('a file whose hash fails', () => {
  it('is saved, the save is reported as done, and it opens again', async () => {
    const dataDir = await makeTempDir()
    const cacheDir = await makeTempDir()
    // Large enough to be hashed after it is written (json-file-adapter.ts).
    const many = largeKeyMessages()
    const store = await openStore({
      dataDir,
      checkedCache: cacheDir,
      loadDefaultLibrary: async () => ({ ...tinyDefaultLibrary(), keyMessages: many }),
      now: steppingClock(),
      journalLimit: 1
    })
    // A journal of one entry is full: this save rewrites the whole file, then hashes it.
    await expect(
      store.library.put('keyMessage', { ...many[3]!, title: { en: 'Edited', fr: 'Modifié' } })
    ).resolves.toBeUndefined()
    await store.flush()
    expect(await readFile(join(dataDir, LIBRARY_FILES.keyMessage), 'utf8')).toContain('"Edited"')
    await releaseDataLock(dataDir)
    // Read back without a hash, the file is validated instead of taken as checked, and opens.
    const reopened = await openStore({
      dataDir,
      checkedCache: cacheDir,
      loadDefaultLibrary: async () => tinyDefaultLibrary()
    })
    expect(reopened.library.get('keyMessage', 'km-3')?.title).toEqual({ en: 'Edited', fr: 'Modifié' })
    await reopened.flush()
    await releaseDataLock(dataDir)
  })
})
