import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sha256InBackground } from '../../../src/main/store/content-checks'
import { ReadDigests } from '../../../src/main/store/read-digests'
import { nodeFs } from '../../../src/main/store/store-fs'
import { cleanTempDirs, makeTempDir } from './helpers'

afterEach(cleanTempDirs)

// The digests an open takes of what it read are forgotten by every change to the path.

async function folderWith(names: string[]): Promise<{ dir: string; digests: ReadDigests; fs: typeof nodeFs }> {
  const dir = await makeTempDir()
  await mkdir(join(dir, 'briefs'))
  const digests = new ReadDigests(false)
  for (const name of names) {
    const path = join(dir, name)
    await writeFile(path, `bytes of ${name}`)
    digests.note(path, await nodeFs.readFile(path))
  }
  return { dir, digests, fs: digests.watching(nodeFs) }
}

describe('the digests of what an open read', () => {
  it('are of the bytes read, and forgotten by a rename, unlink, link, copy or removal there', async () => {
    const names = ['a.json', 'b.json', 'c.json', 'd.json', 'e.json', 'briefs/f.json']
    const { dir, digests, fs } = await folderWith(names)
    const at = (name: string) => join(dir, name)
    expect(digests.known(at('a.json'))).toEqual({
      size: 'bytes of a.json'.length,
      sha256: createHash('sha256').update('bytes of a.json').digest('hex')
    })
    await fs.rename(at('a.json'), at('z.json'))
    await fs.unlink(at('b.json'))
    await fs.link(at('z.json'), at('c.json.link'))
    await fs.rm(at('c.json'))
    await fs.copyFile(at('z.json'), at('new.json'))
    await fs.rm(at('briefs'))
    for (const name of ['a.json', 'b.json', 'c.json', 'briefs/f.json'])
      expect(digests.known(at(name)), name).toBeUndefined()
    // Untouched files keep theirs.
    expect(digests.known(at('d.json'))).toBeDefined()
    expect(digests.known(at('e.json'))).toBeDefined()
  })

  it('take a hash still being worked out, and hash the bytes themselves if it fails', async () => {
    const { dir, digests } = await folderWith([])
    const bytes = Buffer.from('bytes read, « é » 🙂')
    const expected = { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }
    digests.note(join(dir, 'a.json'), bytes, sha256InBackground(bytes))
    digests.note(join(dir, 'b.json'), bytes, Promise.reject(new Error('no thread')))
    expect(await digests.known(join(dir, 'a.json'))).toEqual(expected)
    expect(await digests.known(join(dir, 'b.json'))).toEqual(expected)
  })

  it('are forgotten when a file is opened to be written, and not taken while it is open', async () => {
    const { dir, digests, fs } = await folderWith(['a.json'])
    const path = join(dir, 'a.json')
    const handle = await fs.open(path, 'w')
    expect(digests.known(path)).toBeUndefined()
    digests.note(path, await nodeFs.readFile(path))
    expect(digests.known(path)).toBeUndefined()
    await handle.writeFile('changed')
    await handle.close()
    digests.note(path, await nodeFs.readFile(path))
    expect((await digests.known(path))?.size).toBe('changed'.length)
    // A file only read keeps its digest.
    const reading = await fs.open(path, 'r')
    await reading.close()
    expect(digests.known(path)).toBeDefined()
  })
})
