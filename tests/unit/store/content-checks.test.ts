import { chmod, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { schemaId } from '../../../src/main/store/checked-documents'
import { sha256InBackground, sha256Of } from '../../../src/main/store/content-checks'
import { librarySchema, LIBRARY_FILES } from '../../../src/main/store/documents'
import { serializeDocument } from '../../../src/main/store/json-file-adapter'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import type { Store } from '../../../src/main/store/index'
import { SCHEMA_VERSION } from '../../../src/main/store/version'
import {
  cleanTempDirs,
  irritant,
  keyMessage,
  largeKeyMessages,
  makeTempDir,
  steppingClock,
  tinyDefaultLibrary
} from './helpers'

afterEach(cleanTempDirs)

const ROLE = LIBRARY_FILES.keyMessage

describe('sha256InBackground', () => {
  it('gives the same digest whether the bytes are hashed at once (small) or on the thread pool (large)', async () => {
    for (const size of [0, 3, 256 * 1024 - 1, 256 * 1024, 3 * 1024 * 1024 + 7]) {
      const bytes = Buffer.alloc(size, 'é')
      expect(await sha256InBackground(bytes), `${size} bytes`).toBe(sha256Of(bytes))
    }
    expect(await sha256InBackground(Buffer.from('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    )
  })
})

interface Cache {
  dataDir: string
  files: Record<string, { sha256: string; schema: string }>
}

// A plain folder's validated files are remembered by this computer account, outside the folder,
// by the SHA-256 of their bytes (content-checks.ts): only bytes that passed are skipped.
describe("a plain folder's checks remembered outside it", () => {
  async function folder(): Promise<{
    dataDir: string
    cacheDir: string
    open: () => Promise<void>
    read: () => Promise<Store>
  }> {
    const dataDir = await makeTempDir()
    const cacheDir = await makeTempDir()
    /** Opens the folder as the app does, and gives it back. */
    const open = async () => {
      const store = await openStore({
        dataDir,
        checkedCache: cacheDir,
        loadDefaultLibrary: async () => tinyDefaultLibrary(),
        now: steppingClock()
      })
      await store.flush()
      await releaseDataLock(dataDir)
    }
    /** Opens the folder as a command that only reads does; the caller gives it back. */
    const read = () =>
      openStore({
        dataDir,
        checkedCache: cacheDir,
        readOnly: true,
        loadDefaultLibrary: async () => tinyDefaultLibrary()
      })
    return { dataDir, cacheDir, open, read }
  }

  async function cache(cacheDir: string): Promise<{ path: string; content: Cache }> {
    const [name] = await readdir(join(cacheDir, 'checked'))
    const path = join(cacheDir, 'checked', name!)
    return { path, content: JSON.parse(await readFile(path, 'utf8')) as Cache }
  }

  it('remembers the bytes of every file that passed, and nothing in the data folder', async () => {
    const { dataDir, cacheDir, open } = await folder()
    await open()
    // The first open seeds and writes; the second reads what was written and checks it.
    await open()
    const { content } = await cache(cacheDir)
    expect(content.dataDir).toBe(dataDir)
    for (const relPath of [...Object.values(LIBRARY_FILES), 'packages.json', 'briefs/sample-brief.json']) {
      expect(content.files[relPath]?.sha256, relPath).toBe(sha256Of(await readFile(join(dataDir, relPath))))
    }
    expect(content.files[ROLE]?.schema).toBe(schemaId(librarySchema('keyMessage')))
    expect(await readdir(dataDir)).not.toContain('checked')
  })

  it('remembers the bytes of a large collection the store wrote itself, and only of a large one', async () => {
    const dataDir = await makeTempDir()
    const cacheDir = await makeTempDir()
    const many = largeKeyMessages()
    const library = { ...tinyDefaultLibrary(), keyMessages: many }
    const open = (journalLimit?: number) =>
      openStore({
        dataDir,
        checkedCache: cacheDir,
        loadDefaultLibrary: async () => library,
        now: steppingClock(),
        ...(journalLimit ? { journalLimit } : {})
      })
    const close = async (store: Store) => {
      await store.flush()
      await releaseDataLock(dataDir)
    }
    await close(await open())
    // One edit goes to the journal; an open that finds it at its limit folds it into the file, which it writes anew.
    const store = await open()
    await store.library.put('keyMessage', { ...many[7]!, title: { en: 'Edited', fr: 'Modifié' } })
    await store.library.put('irritant', { ...irritant('irr-1'), title: { en: 'Edited', fr: 'Modifié' } })
    await close(store)
    await close(await open(1))
    // Before the open that follows reads them, the written bytes are named by the checks: that
    // open takes them as checked. The small irritants file, written in the same fold, is not.
    const { content } = await cache(cacheDir)
    const written = await readFile(join(dataDir, ROLE))
    expect(written.toString('utf8')).toContain('"Edited"')
    expect(content.files[ROLE]?.sha256).toBe(sha256Of(written))
    const irritants = await readFile(join(dataDir, LIBRARY_FILES.irritant))
    expect(irritants.toString('utf8')).toContain('"Edited"')
    expect(content.files[LIBRARY_FILES.irritant]?.sha256).not.toBe(sha256Of(irritants))
    const reopened = await open()
    expect(reopened.library.get('keyMessage', 'km-7')?.title).toEqual({ en: 'Edited', fr: 'Modifié' })
    expect(reopened.library.list('keyMessage')).toHaveLength(300)
    await close(reopened)

    // A full journal rewrites the file while the app runs: remembered as soon as it is written.
    const running = await openStore({
      dataDir,
      checkedCache: cacheDir,
      loadDefaultLibrary: async () => library,
      now: steppingClock(),
      journalLimit: 2
    })
    for (const title of ['Once', 'Twice']) {
      await running.library.put('keyMessage', { ...many[9]!, title: { en: title, fr: title } })
    }
    await running.flush()
    const rewritten = await readFile(join(dataDir, ROLE))
    expect(rewritten.toString('utf8')).toContain('"Twice"')
    expect((await cache(cacheDir)).content.files[ROLE]?.sha256).toBe(sha256Of(rewritten))
    await close(running)
  })

  it('still validates a file changed since, and repairs it as before', async () => {
    const { dataDir, open, read } = await folder()
    await open()
    await open()
    // Edited by hand: a title the schema refuses.
    const document = { schemaVersion: SCHEMA_VERSION, items: [{ ...keyMessage('km-1'), title: 42 }] }
    await writeFile(join(dataDir, ROLE), serializeDocument(document))
    const store = await read()
    expect(store.notices.map((notice) => notice.code)).toEqual(['restored-from-copy'])
    expect(store.library.get('keyMessage', 'km-1')?.title).toEqual(keyMessage('km-1').title)
    await store.flush()
    await releaseDataLock(dataDir)
  })

  it('does not remember valid bytes that are not what the store writes', async () => {
    const { dataDir, cacheDir, open } = await folder()
    await open()
    // Valid, but compact and with a field the schema does not know: checked, never remembered.
    const items = [{ ...keyMessage('km-2'), extra: 'not in the schema' }]
    const compact = JSON.stringify({ schemaVersion: SCHEMA_VERSION, items })
    await writeFile(join(dataDir, ROLE), compact)
    await writeFile(join(dataDir, `${ROLE}.copy`), compact)
    await open()
    const { content } = await cache(cacheDir)
    expect(content.files[ROLE]?.sha256).not.toBe(sha256Of(compact))
  })

  it('trusts what the cache names and nothing else: a cache naming other bytes, or another folder, is no help', async () => {
    const { dataDir, cacheDir, open, read } = await folder()
    await open()
    await open()
    const invalid = serializeDocument({ schemaVersion: SCHEMA_VERSION, items: [{ ...keyMessage('km-1'), title: 42 }] })
    await writeFile(join(dataDir, ROLE), invalid)
    const { path, content } = await cache(cacheDir)
    // The same cache, said to be another folder's: ignored, the file is checked and repaired.
    const forged = {
      ...content,
      files: { ...content.files, [ROLE]: { ...content.files[ROLE]!, sha256: sha256Of(invalid) } }
    }
    await writeFile(path, JSON.stringify({ ...forged, dataDir: `${dataDir}-other` }))
    const store = await read()
    expect(store.notices.map((notice) => notice.code)).toEqual(['restored-from-copy'])
    await store.acknowledgeNotices()
    await store.flush()
    await releaseDataLock(dataDir)

    // Named by this folder's cache, the very bytes are taken as checked: the cache is what is
    // trusted, which is why it lives in the computer account's cache and never in the data folder.
    await writeFile(join(dataDir, ROLE), invalid)
    await writeFile(path, JSON.stringify(forged))
    const trusting = await read()
    expect(trusting.notices).toEqual([])
    expect(trusting.library.get('keyMessage', 'km-1')?.title).toBe(42)
    await trusting.flush()
    await releaseDataLock(dataDir)
  })

  // Modes and owners are Unix's; Windows keeps each account's local application data to it.
  it.skipIf(process.platform === 'win32')('believes a cache only while no other account may write it', async () => {
    const { dataDir, cacheDir, open, read } = await folder()
    await open()
    await open()
    const invalid = serializeDocument({ schemaVersion: SCHEMA_VERSION, items: [{ ...keyMessage('km-1'), title: 42 }] })
    const { path, content } = await cache(cacheDir)
    const forged = {
      ...content,
      files: { ...content.files, [ROLE]: { ...content.files[ROLE]!, sha256: sha256Of(invalid) } }
    }
    // The forged cache, in a cache folder any account may write, or as a file they may: not believed.
    for (const [where, mode] of [
      [join(cacheDir, 'checked'), 0o777],
      [path, 0o666]
    ] as const) {
      await writeFile(join(dataDir, ROLE), invalid)
      await writeFile(path, JSON.stringify(forged))
      await chmod(where, mode)
      const store = await read()
      expect(
        store.notices.map((notice) => notice.code),
        where
      ).toEqual(['restored-from-copy'])
      expect(store.library.get('keyMessage', 'km-1')?.title).toEqual(keyMessage('km-1').title)
      await store.acknowledgeNotices()
      await store.flush()
      await releaseDataLock(dataDir)
      await chmod(where, where === path ? 0o600 : 0o700)
    }
  })
})
