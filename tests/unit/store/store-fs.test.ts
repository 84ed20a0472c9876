import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFs, NOT_A_FILE, readWholeFile } from '../../../src/main/store/store-fs'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-store-fs-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('reading a whole file from the data folder', () => {
  it.each([0, 1, 600 * 1024, 5 * 1024 * 1024 + 7])('gives back every byte of a %i-byte file', async (size) => {
    const path = join(dir, 'file.bin')
    const bytes = randomBytes(size)
    await writeFile(path, bytes)
    expect((await nodeFs.readFile(path)).equals(bytes)).toBe(true)
    const handle = await nodeFs.open(path, 'r')
    try {
      expect((await handle.readFile()).equals(bytes)).toBe(true)
    } finally {
      await handle.close()
    }
  })

  it('reads past the size the file had when opened', async () => {
    // The kernel's files say they are empty, and are not: the reading goes on to their end.
    const status = '/proc/self/status'
    const read = (await nodeFs.readFile(status)).toString('utf8')
    expect(read).toContain('Name:')
    expect(read.endsWith('\n')).toBe(true)
    expect(read.split('\n')[0]).toBe((await readFile(status, 'utf8')).split('\n')[0])
  })

  it('refuses a device, which never ends, without reading it, and a file larger than its limit', async () => {
    // /dev/zero stands for a device put where a data file should be: it says it is empty and never
    // ends. Read, it cost 7.5 s and 2.2 GB before the limit stopped it; it is not read at all now.
    const limit = 1024 * 1024
    await expect(readWholeFile('/dev/zero', limit)).rejects.toMatchObject({ code: NOT_A_FILE })
    const path = join(dir, 'large.bin')
    await writeFile(path, randomBytes(limit + 1))
    await expect(readWholeFile(path, limit)).rejects.toMatchObject({ code: 'ERR_FS_FILE_TOO_LARGE' })
    expect((await readWholeFile(path, limit + 1)).length).toBe(limit + 1)
  })

  it('fails as reading a missing file does', async () => {
    await expect(nodeFs.readFile(join(dir, 'missing.bin'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
