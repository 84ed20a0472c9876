import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { plainCodec } from '../../../src/main/store/file-codec'
import { nodeFs } from '../../../src/main/store/store-fs'
import type { StoreFs } from '../../../src/main/store/store-fs'
import { parseJournal, readJournal } from '../../../src/main/store/journal'
import { JournalWriter } from '../../../src/main/store/journal-writer'
import { cleanTempDirs, makeTempDir } from './helpers'

afterEach(cleanTempDirs)

/**
 * A disk whose first durable appends to the journal fail after the bytes were written (as an
 * O_DSYNC write does when the disk cannot make them durable), and whose first truncates of it
 * fail. Its second copy (.copy) is written without trouble.
 */
function failingDisk(failures: { append: number; truncate: number }): StoreFs {
  return {
    ...nodeFs,
    open: async (path, flags, mode) => {
      const handle = await nodeFs.open(path, flags, mode)
      if (path.endsWith('.copy')) return handle
      return {
        ...handle,
        writeFile: async (data) => {
          await handle.writeFile(data)
          if (flags === 'a-durable' && failures.append-- > 0)
            throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' })
        },
        truncate: async (length) => {
          // As on Windows, where a handle opened for appending may not truncate.
          if (flags === 'a' || flags === 'a-durable')
            throw Object.assign(new Error('EPERM: simulated'), { code: 'EPERM' })
          if (failures.truncate-- > 0) throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' })
          return handle.truncate(length)
        }
      }
    }
  }
}

/** The real disk, counting the files it has open. */
function countingOpenFiles(): { fs: StoreFs; open: Set<object> } {
  const open = new Set<object>()
  const fs: StoreFs = {
    ...nodeFs,
    open: async (file, flags, mode) => {
      const handle = await nodeFs.open(file, flags, mode)
      const token = {}
      open.add(token)
      return {
        ...handle,
        close: async () => {
          open.delete(token)
          return handle.close()
        }
      }
    }
  }
  return { fs, open }
}

describe('journal appends', () => {
  it('cuts off the bytes of an append that failed, so the next line starts clean', async () => {
    const path = join(await makeTempDir(), 'partners.journal.jsonl')
    await writeFile(path, '{"op":"remove","id":"a"}\n')
    const writer = new JournalWriter(failingDisk({ append: 1, truncate: 0 }), path)

    await expect(writer.append('{"op":"remove","id":"b"}\n')).rejects.toThrow('EIO')
    expect(await readFile(path, 'utf8')).toBe('{"op":"remove","id":"a"}\n')

    await writer.append('{"op":"remove","id":"c"}\n')
    expect(await readFile(path, 'utf8')).toBe('{"op":"remove","id":"a"}\n{"op":"remove","id":"c"}\n')
    // The copy's append of b succeeded and was taken back: only c landed there.
    expect(await readFile(`${path}.copy`, 'utf8')).toBe('{"op":"remove","id":"c"}\n')
  })

  it('cuts back before the next append when the cut itself failed', async () => {
    const path = join(await makeTempDir(), 'partners.journal.jsonl')
    const writer = new JournalWriter(failingDisk({ append: 1, truncate: 1 }), path)

    await expect(writer.append('{"op":"remove","id":"half"}\n')).rejects.toThrow('EIO')
    expect(await readFile(path, 'utf8')).toBe('{"op":"remove","id":"half"}\n')

    await writer.append('{"op":"remove","id":"next"}\n')
    expect(await readFile(path, 'utf8')).toBe('{"op":"remove","id":"next"}\n')
  })

  it('reset leaves an empty journal and copy', async () => {
    const path = join(await makeTempDir(), 'partners.journal.jsonl')
    const writer = new JournalWriter(nodeFs, path)
    await writer.append('{"op":"remove","id":"a"}\n')
    expect(await readFile(`${path}.copy`, 'utf8')).toBe('{"op":"remove","id":"a"}\n')
    await writer.reset()
    expect(await readFile(path, 'utf8')).toBe('')
    expect(await readFile(`${path}.copy`, 'utf8')).toBe('')
  })

  it('writes to the journal now at its name when the open one was replaced or removed from outside', async () => {
    const dir = await makeTempDir()
    const path = join(dir, 'partners.journal.jsonl')
    const writer = new JournalWriter(nodeFs, path)
    await writer.append('{"op":"remove","id":"a"}\n')
    // As a sync or backup tool does: another file takes the name, by rename.
    await writeFile(join(dir, 'other'), '{"op":"remove","id":"a"}\n')
    await rename(join(dir, 'other'), path)
    await writer.verify()
    await writer.append('{"op":"remove","id":"b"}\n')
    expect(await readFile(path, 'utf8')).toBe('{"op":"remove","id":"a"}\n{"op":"remove","id":"b"}\n')

    await rm(path)
    await writer.verify()
    await writer.append('{"op":"remove","id":"c"}\n')
    expect(await readFile(path, 'utf8')).toBe('{"op":"remove","id":"c"}\n')
    expect(await readFile(`${path}.copy`, 'utf8')).toBe(
      '{"op":"remove","id":"a"}\n{"op":"remove","id":"b"}\n{"op":"remove","id":"c"}\n'
    )
  })

  it('keeps both files open between appends and lets them go on close, waiting for an append under way', async () => {
    const path = join(await makeTempDir(), 'partners.journal.jsonl')
    const { fs: counting, open } = countingOpenFiles()
    const writer = new JournalWriter(counting, path)
    await writer.append('{"op":"remove","id":"a"}\n')
    expect(open.size).toBe(2)
    const appending = writer.append('{"op":"remove","id":"b"}\n')
    await writer.close()
    await appending
    expect(open.size).toBe(0)
    await writer.append('{"op":"remove","id":"c"}\n')
    await writer.close()
    expect(open.size).toBe(0)
    expect(await readFile(path, 'utf8')).toBe(
      '{"op":"remove","id":"a"}\n{"op":"remove","id":"b"}\n{"op":"remove","id":"c"}\n'
    )
  })

  it('closes both files by itself once no append came for a while, and opens them again for the next', async () => {
    const path = join(await makeTempDir(), 'partners.journal.jsonl')
    const { fs: counting, open } = countingOpenFiles()
    const writer = new JournalWriter(counting, path)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      await writer.append('{"op":"remove","id":"a"}\n')
      expect(open.size).toBe(2)
      vi.advanceTimersByTime(60_000)
      await vi.waitFor(() => expect(open.size).toBe(0))
    } finally {
      vi.useRealTimers()
    }
    await writer.append('{"op":"remove","id":"b"}\n')
    await writer.close()
    expect(await readFile(`${path}.copy`, 'utf8')).toBe('{"op":"remove","id":"a"}\n{"op":"remove","id":"b"}\n')
  })

  it('reads the second copy when the journal was cut short or damaged from outside', async () => {
    const path = join(await makeTempDir(), 'partners.journal.jsonl')
    const writer = new JournalWriter(nodeFs, path)
    for (const id of ['a', 'b', 'c']) await writer.append(`{"op":"remove","id":"${id}"}\n`)
    const ids = async () =>
      (await readJournal({ fs: nodeFs, codec: plainCodec }, 'partners.journal.jsonl', path)).entries.map((entry) =>
        entry.op === 'remove' ? entry.id : ''
      )

    await writeFile(path, '{"op":"remove","id":"a"}\n')
    expect(await ids()).toEqual(['a', 'b', 'c'])
    expect((await readJournal({ fs: nodeFs, codec: plainCodec }, 'partners.journal.jsonl', path)).fromCopy).toBe(true)
    await writeFile(path, 'garbage\n{"op":"remove","id":"b"}\n{"op":"remove","id":"c"}\n')
    expect(await ids()).toEqual(['a', 'b', 'c'])
    // One line short is what a crash between the two appends leaves: taken, but no damage to tell of.
    await writeFile(path, '{"op":"remove","id":"a"}\n{"op":"remove","id":"b"}\n')
    expect((await readJournal({ fs: nodeFs, codec: plainCodec }, 'partners.journal.jsonl', path)).fromCopy).toBe(false)
    // A damaged copy does not hide a good journal.
    await writeFile(path, '{"op":"remove","id":"a"}\n{"op":"remove","id":"b"}\n{"op":"remove","id":"c"}\n')
    await writeFile(`${path}.copy`, '')
    expect(await ids()).toEqual(['a', 'b', 'c'])
  })
})

describe('reading a journal', () => {
  const good = '{"op":"remove","id":"a"}\n{"op":"put","item":{"id":"b"}}\n'

  it('reads every complete line of a clean journal', () => {
    expect(parseJournal(Buffer.from(good))).toMatchObject({
      entries: [
        { op: 'remove', id: 'a' },
        { op: 'put', item: { id: 'b' } }
      ],
      torn: false,
      bad: null
    })
  })

  it('tells a torn end from damage in the middle', () => {
    expect(parseJournal(Buffer.from(`${good}{"op":"re`))).toMatchObject({ torn: true, bad: null })
    // Zeros where the bytes never landed: torn too. A whole line without them was damaged after
    // it landed, its save answered: reported, not dropped in silence.
    expect(parseJournal(Buffer.from(`${good}{"op":"re\0\0\n`))).toMatchObject({ torn: true, bad: null })
    expect(parseJournal(Buffer.from(`${good}{"op":"re\n`))).toMatchObject({ torn: false, bad: { lines: [3] } })
    const middle = parseJournal(Buffer.from(`{"op":"re\n${good}`))
    // Each line is a whole edit: those after the damaged one are read all the same.
    expect(middle).toMatchObject({
      entries: [
        { op: 'remove', id: 'a' },
        { op: 'put', item: { id: 'b' } }
      ],
      lineNumbers: [2, 3],
      bad: { lines: [1] }
    })
  })

  it('counts bytes that are not UTF-8 as damage, not as text', () => {
    const bytes = Buffer.concat([
      Buffer.from('{"op":"remove","id":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`"}\n${good}`)
    ])
    expect(parseJournal(bytes)).toMatchObject({ entries: [{ op: 'remove' }, { op: 'put' }], bad: { lines: [1] } })
  })
})
