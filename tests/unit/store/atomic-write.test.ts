import { readdir, readFile, writeFile } from 'node:fs/promises'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeFs, writeFileAtomic } from '../../../src/main/store/atomic-write'
import type { AtomicFs } from '../../../src/main/store/atomic-write'
import { JsonFileAdapter } from '../../../src/main/store/json-file-adapter'
import { cleanTempDirs, makeTempDir } from './helpers'

afterEach(cleanTempDirs)

function failWith(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** Records the order of the durable steps, optionally failing the directory sync. */
function recordingFs(events: string[], directorySyncError?: string): AtomicFs {
  return {
    ...nodeFs,
    open: (async (path: string, flags?: string) => {
      const handle = await fsp.open(path, flags)
      const isDirectory = (await handle.stat()).isDirectory()
      const sync = handle.sync.bind(handle)
      handle.sync = async () => {
        events.push(isDirectory ? 'sync directory' : 'sync file')
        if (isDirectory && directorySyncError) throw failWith(directorySyncError)
        return sync()
      }
      return handle
    }) as AtomicFs['open'],
    rename: async (from, to) => {
      events.push('rename')
      return fsp.rename(from, to)
    }
  }
}

describe('atomic write through the lowdb adapter', () => {
  it('keeps the old content and leaves no temp file when the rename fails', async () => {
    const dir = await makeTempDir()
    const target = join(dir, 'partners.json')
    await writeFile(target, '{"schemaVersion":1,"items":["old"]}')
    const failingRename: AtomicFs = { ...nodeFs, rename: async () => Promise.reject(failWith('EIO')) }

    await expect(
      new JsonFileAdapter(target, failingRename).write({ schemaVersion: 1, items: ['new'] })
    ).rejects.toThrow('EIO')

    expect(await readFile(target, 'utf8')).toBe('{"schemaVersion":1,"items":["old"]}')
    expect(await readdir(dir)).toEqual(['partners.json'])
  })

  it('writes the full document and leaves only the target behind', async () => {
    const dir = await makeTempDir()
    const target = join(dir, 'settings.json')
    const adapter = new JsonFileAdapter(target)
    await adapter.write({ schemaVersion: 1, settings: { uiLanguage: 'fr', author: 'A' } })
    await adapter.write({ schemaVersion: 1, settings: { uiLanguage: 'en', author: 'B' } })

    expect(await adapter.read()).toEqual({ schemaVersion: 1, settings: { uiLanguage: 'en', author: 'B' } })
    expect(await readdir(dir)).toEqual(['settings.json'])
  })

  it('syncs the file before the rename and the directory after it', async () => {
    const dir = await makeTempDir()
    const events: string[] = []
    await writeFileAtomic(join(dir, 'a.json'), '{}', recordingFs(events))
    expect(events).toEqual(['sync file', 'rename', 'sync directory'])
  })

  it('accepts a platform that cannot sync directories, but reports a failing disk', async () => {
    const dir = await makeTempDir()
    await expect(writeFileAtomic(join(dir, 'a.json'), '{"a":1}', recordingFs([], 'EPERM'))).resolves.toBeUndefined()
    await expect(writeFileAtomic(join(dir, 'b.json'), '{"b":1}', recordingFs([], 'EISDIR'))).resolves.toBeUndefined()
    await expect(writeFileAtomic(join(dir, 'c.json'), '{"c":1}', recordingFs([], 'EIO'))).rejects.toThrow('EIO')
  })

  it('lets a parse error through instead of treating a damaged file as empty', async () => {
    const dir = await makeTempDir()
    const target = join(dir, 'cut.json')
    await writeFile(target, '{"schemaVersion":1,"items":[{"id":"mex')
    await expect(new JsonFileAdapter(target).read()).rejects.toBeInstanceOf(SyntaxError)
  })

  it('reads a missing file as null and refuses JSON that is not an object', async () => {
    const dir = await makeTempDir()
    expect(await new JsonFileAdapter(join(dir, 'absent.json')).read()).toBeNull()
    await writeFile(join(dir, 'null.json'), 'null')
    await expect(new JsonFileAdapter(join(dir, 'null.json')).read()).rejects.toThrow('not a JSON object')
  })
})
