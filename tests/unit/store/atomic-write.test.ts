import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/main/store/atomic-write'
import { plainCodec } from '../../../src/main/store/file-codec'
import { nodeFs } from '../../../src/main/store/store-fs'
import type { StoreFs } from '../../../src/main/store/store-fs'
import { JsonFileAdapter } from '../../../src/main/store/json-file-adapter'
import { cleanTempDirs, makeTempDir } from './helpers'

afterEach(cleanTempDirs)

const plain = { fs: nodeFs, codec: plainCodec }

function failWith(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** Records the order of the durable steps, optionally failing the directory sync. */
function recordingFs(events: string[], directorySyncError?: string): StoreFs {
  return {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const handle = await nodeFs.open(path, flags, mode)
      const { isDirectory } = await handle.stat()
      return {
        ...handle,
        sync: async () => {
          events.push(isDirectory ? 'sync directory' : 'sync file')
          if (isDirectory && directorySyncError) throw failWith(directorySyncError)
          return handle.sync()
        }
      }
    },
    rename: async (from, to) => {
      events.push('rename')
      return nodeFs.rename(from, to)
    }
  }
}

describe('atomic write through the lowdb adapter', () => {
  it('keeps the old content and leaves no temp file when the rename fails', async () => {
    const dir = await makeTempDir()
    const target = join(dir, 'partners.json')
    await writeFile(target, '{"schemaVersion":1,"items":["old"]}')
    const failingRename: StoreFs = { ...nodeFs, rename: async () => Promise.reject(failWith('EIO')) }

    await expect(
      new JsonFileAdapter({ fs: failingRename, codec: plainCodec }, 'partners.json', target).write({
        schemaVersion: 1,
        items: ['new']
      })
    ).rejects.toThrow('EIO')

    expect(await readFile(target, 'utf8')).toBe('{"schemaVersion":1,"items":["old"]}')
    expect(await readdir(dir)).toEqual(['partners.json'])
  })

  it('writes the full document and leaves only the target behind', async () => {
    const dir = await makeTempDir()
    const target = join(dir, 'settings.json')
    const adapter = new JsonFileAdapter(plain, 'test.json', target)
    await adapter.write({ schemaVersion: 1, settings: { uiLanguage: 'fr', author: 'A' } })
    await adapter.write({ schemaVersion: 1, settings: { uiLanguage: 'en', author: 'B' } })

    expect(await adapter.read()).toEqual({ schemaVersion: 1, settings: { uiLanguage: 'en', author: 'B' } })
    expect(await readdir(dir)).toEqual(['settings.json'])
  })

  it('syncs the file before the rename and the directory after it', async () => {
    const dir = await makeTempDir()
    const events: string[] = []
    await writeFileAtomic(recordingFs(events), join(dir, 'a.json'), '{}')
    expect(events).toEqual(['sync file', 'rename', 'sync directory'])
  })

  it('accepts a platform that cannot sync directories, but reports a failing disk', async () => {
    const dir = await makeTempDir()
    await expect(writeFileAtomic(recordingFs([], 'EPERM'), join(dir, 'a.json'), '{"a":1}')).resolves.toBeUndefined()
    await expect(writeFileAtomic(recordingFs([], 'EISDIR'), join(dir, 'b.json'), '{"b":1}')).resolves.toBeUndefined()
    await expect(writeFileAtomic(recordingFs([], 'EIO'), join(dir, 'c.json'), '{"c":1}')).rejects.toThrow('EIO')
  })

  it('lets a parse error through instead of treating a damaged file as empty', async () => {
    const dir = await makeTempDir()
    const target = join(dir, 'cut.json')
    await writeFile(target, '{"schemaVersion":1,"items":[{"id":"mex')
    await expect(new JsonFileAdapter(plain, 'test.json', target).read()).rejects.toBeInstanceOf(SyntaxError)
  })

  it('reads a missing file as null and refuses JSON that is not an object', async () => {
    const dir = await makeTempDir()
    expect(await new JsonFileAdapter(plain, 'test.json', join(dir, 'absent.json')).read()).toBeNull()
    await writeFile(join(dir, 'null.json'), 'null')
    await expect(new JsonFileAdapter(plain, 'test.json', join(dir, 'null.json')).read()).rejects.toThrow(
      'not a JSON object'
    )
  })
})
