import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import { cleanTempDirs, makeTempDir, steppingClock, tinyDefaultLibrary } from './helpers'

afterEach(cleanTempDirs)

// A read-only command reads only the parts it asked for (StoreOptions.parts), and what it did not
// read is refused, never answered as empty.
describe('a read-only open of some parts', () => {
  async function seeded(): Promise<string> {
    const dataDir = await makeTempDir()
    const store = await openStore({
      dataDir,
      loadDefaultLibrary: async () => tinyDefaultLibrary(),
      now: steppingClock()
    })
    await store.flush()
    await releaseDataLock(dataDir)
    return dataDir
  }

  it('reads the briefs without the library, and refuses the library', async () => {
    const dataDir = await seeded()
    // A library file no part of this open reads: damaged, it is neither read nor repaired.
    await writeFile(join(dataDir, 'library', 'irritants.json'), '{ not json')
    const store = await openStore({
      dataDir,
      loadDefaultLibrary: async () => tinyDefaultLibrary(),
      readOnly: true,
      parts: { library: false, briefs: 'all' }
    })
    expect(store.briefs.list().map((brief) => brief.id)).toEqual(['sample-brief'])
    expect(store.packages.list().map((pkg) => pkg.id)).toEqual(['sample-package'])
    expect(() => store.library.list('partner')).toThrow(/not read/)
    expect(() => store.library.get('irritant', 'irr-1')).toThrow(/not read/)
    expect(store.notices).toEqual([])
    await store.flush()
    await releaseDataLock(dataDir)

    // The next open that reads the library finds the damage and repairs it as always.
    const full = await openStore({ dataDir, loadDefaultLibrary: async () => tinyDefaultLibrary(), readOnly: true })
    expect(full.library.list('irritant').map((item) => item.id)).toEqual(['irr-1'])
    expect(full.notices.map((notice) => notice.code)).toContain('restored-from-copy')
    await full.flush()
    await releaseDataLock(dataDir)
  })

  it('reads only the briefs named, and refuses the others and the whole list', async () => {
    const dataDir = await seeded()
    const store = await openStore({
      dataDir,
      loadDefaultLibrary: async () => tinyDefaultLibrary(),
      readOnly: true,
      parts: { library: true, briefs: ['sample-brief'] }
    })
    expect(store.briefs.get('sample-brief')?.id).toBe('sample-brief')
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'france'])
    expect(() => store.briefs.get('another-brief')).toThrow(/not read/)
    expect(() => store.briefs.list()).toThrow(/not read/)
    await store.flush()
    await releaseDataLock(dataDir)
  })

  it('reads everything in a new folder, which it seeds', async () => {
    const dataDir = await makeTempDir()
    const loadDefaultLibrary = vi.fn(async () => tinyDefaultLibrary())
    const store = await openStore({
      dataDir,
      loadDefaultLibrary,
      readOnly: true,
      parts: { library: false, briefs: [] }
    })
    expect(loadDefaultLibrary).toHaveBeenCalledTimes(1)
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'france'])
    expect(store.briefs.list().map((brief) => brief.id)).toEqual(['sample-brief'])
    await store.flush()
    await releaseDataLock(dataDir)
  })

  it('is ignored by an open that writes: its backup holds every file', async () => {
    const dataDir = await seeded()
    const store = await openStore({
      dataDir,
      loadDefaultLibrary: async () => tinyDefaultLibrary(),
      parts: { library: false, briefs: [] }
    })
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'france'])
    expect(store.briefs.list().map((brief) => brief.id)).toEqual(['sample-brief'])
    await store.flush()
    await releaseDataLock(dataDir)
  })
})
