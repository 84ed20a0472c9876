import { readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import { SEARCH_INDEX_FILE } from '../../../src/main/store/search-index-file'
import { cleanTempDirs, makeTempDir, optionsFor } from './helpers'

afterEach(cleanTempDirs)

const PASSPHRASE = 'three unrelated words and more'
const WORDS = Buffer.from('asylum réfugiés Zanzibar')

describe('the saved search index file', () => {
  it('is kept as given in a plain folder, and missing until written', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir))
    expect(await store.searchIndex.read()).toBeNull()
    await store.searchIndex.write(() => WORDS)
    expect(await store.searchIndex.read()).toEqual(WORDS)
    expect(await readFile(join(dataDir, SEARCH_INDEX_FILE))).toEqual(WORDS)
  })

  it('is sealed in an encrypted folder: no word in clear on disk, and a changed byte makes it unreadable', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir, { passphrase: PASSPHRASE }))
    await store.searchIndex.write(() => WORDS)
    expect(await store.searchIndex.read()).toEqual(WORDS)
    const onDisk = await readFile(join(dataDir, SEARCH_INDEX_FILE))
    expect(onDisk.includes(Buffer.from('Zanzibar'))).toBe(false)
    expect(onDisk.includes(Buffer.from('asylum'))).toBe(false)

    onDisk[onDisk.length - 3] = (onDisk[onDisk.length - 3] ?? 0) ^ 1
    await writeFile(join(dataDir, SEARCH_INDEX_FILE), onDisk)
    expect(await store.searchIndex.read()).toBeNull()
    // A plain file put in its place is not taken for the index either.
    await writeFile(join(dataDir, SEARCH_INDEX_FILE), WORDS)
    expect(await store.searchIndex.read()).toBeNull()
  })

  it('is not read into memory when it is far larger than any index', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir))
    await store.searchIndex.write(() => WORDS)
    // Sparse: 600 MB long, nothing written on disk.
    await truncate(join(dataDir, SEARCH_INDEX_FILE), 600 * 1024 * 1024)
    expect(await store.searchIndex.read()).toBeNull()
  })

  it('is never written by a store that gave its folder back, nor by a read-only open', async () => {
    const dataDir = await makeTempDir()
    const store = await openStore(optionsFor(dataDir))
    await store.flush()
    await releaseDataLock(dataDir)
    await expect(store.searchIndex.write(() => WORDS)).rejects.toThrow()

    const reader = await openStore(optionsFor(dataDir, { readOnly: true }))
    await expect(reader.searchIndex.write(() => WORDS)).rejects.toThrow()
    expect(await reader.searchIndex.read()).toBeNull()
  })
})
