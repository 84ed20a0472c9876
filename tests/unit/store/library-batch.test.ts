import { createHash } from 'node:crypto'
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nodeFs } from '../../../src/main/store/store-fs'
import { JournalWriter } from '../../../src/main/store/journal-writer'
import { openStore, StoreError } from '../../../src/main/store/index'
import type { LibraryChange, Store, StoreOptions } from '../../../src/main/store/index'
import {
  backgroundNote,
  cleanTempDirs,
  irritant,
  keyMessage,
  makeTempDir,
  optionsFor,
  partner,
  steppingClock
} from './helpers'

afterEach(async () => {
  vi.restoreAllMocks()
  await cleanTempDirs()
})

const PENDING = 'library/pending-batch.json'
const path = (dataDir: string, relPath: string): string => join(dataDir, ...relPath.split('/'))

/** Every file of a folder (backups and recovered copies included) with the SHA-256 of its bytes. */
async function hashFolder(dir: string): Promise<Record<string, string>> {
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

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false
  )
}

/** The whole library of a store, per kind, in stored order. */
function snapshot(store: Store) {
  return {
    partner: store.library.list('partner'),
    keyMessage: store.library.list('keyMessage'),
    irritant: store.library.list('irritant'),
    backgroundNote: store.library.list('backgroundNote')
  }
}

/** A folder with one item of each kind, opened once more so its start-up backup exists. */
async function libraryFolder(): Promise<{ dataDir: string; options: StoreOptions; store: Store }> {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock() })
  // Each of these saves is folded into its file at once: the library is in its files, the journals empty.
  const first = await openStore({ ...options, journalLimit: 1 })
  await first.library.put('partner', partner('mexico', 'Mexico'))
  await first.library.put('keyMessage', keyMessage('km-1'))
  await first.library.put('irritant', irritant('irr-1'))
  await first.library.put('backgroundNote', backgroundNote('bg-1'))
  return { dataDir, options, store: await openStore(options) }
}

/** A batch that changes two collections (partners, key messages) and adds to a third (irritants). */
function importBatch(): LibraryChange[] {
  return [
    { kind: 'partner', item: { ...partner('mexico', 'Mexico (HQ)'), version: 2 } },
    { kind: 'partner', item: partner('chile', 'Chile') },
    { kind: 'keyMessage', item: { ...keyMessage('km-1'), text: { en: 'Say this now.', fr: '' }, version: 2 } },
    { kind: 'keyMessage', item: keyMessage('km-2') },
    { kind: 'irritant', item: irritant('irr-2') }
  ]
}

/** The library of a folder as a fresh open sees it (on a copy, so the folder itself is not touched). */
async function reopenedCopy(dataDir: string) {
  const copy = await makeTempDir()
  await cp(dataDir, copy, { recursive: true })
  const store = await openStore(optionsFor(copy, { now: steppingClock(Date.parse('2027-01-01T00:00:00Z')) }))
  return { store, library: snapshot(store), dataDir: copy }
}

/** Makes journal appends to files whose path ends with `suffix` call `onAppend` first (which may throw). */
function interceptAppends(suffix: string, onAppend: () => Promise<void>) {
  const original = JournalWriter.prototype.append
  return vi.spyOn(JournalWriter.prototype, 'append').mockImplementation(async function (this: JournalWriter, lines) {
    if (this.absPath.endsWith(suffix)) await onAppend()
    return original.call(this, lines)
  })
}

const simulatedFailure = (): Error => Object.assign(new Error('EIO: simulated disk failure'), { code: 'EIO' })

describe('library batches', () => {
  it('puts every change, across collections, in one decided write, and keeps them across a reopen', async () => {
    const { dataDir, options, store } = await libraryFolder()
    const batch = importBatch()

    await expect(store.library.applyBatch(batch)).resolves.toEqual({ backup: null })

    expect(store.library.get('partner', 'mexico')?.name.en).toBe('Mexico (HQ)')
    expect(store.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
    expect(store.library.list('keyMessage').map((k) => [k.id, k.version])).toEqual([
      ['km-1', 2],
      ['km-2', 1]
    ])
    // Finished: the batch file is gone and every journal holds its part.
    expect(await exists(path(dataDir, PENDING))).toBe(false)
    const journal = await readFile(path(dataDir, 'library/key-messages.journal.jsonl'), 'utf8')
    expect(journal.trim().split('\n')).toHaveLength(2)
    const after = snapshot(store)
    expect(snapshot(await openStore(options))).toEqual(after)
  })

  it('refuses a batch holding an invalid item or the same item twice, and writes nothing', async () => {
    const { dataDir, store } = await libraryFolder()
    const before = await hashFolder(dataDir)
    const secret = {
      kind: 'keyMessage',
      item: { ...keyMessage('km-9'), marking: 'SECRET' }
    } as unknown as LibraryChange
    await expect(store.library.applyBatch([...importBatch(), secret])).rejects.toThrow(/SECRET/)
    await expect(
      store.library.applyBatch([
        { kind: 'partner', item: partner('chile') },
        { kind: 'partner', item: partner('chile', 'Chile again') }
      ])
    ).rejects.toThrow(/appears twice/)
    expect(await hashFolder(dataDir)).toEqual(before)
    expect(store.library.get('partner', 'chile')).toBeUndefined()
  })

  it('backs up the library as it stood, saves still queued included, before changing it', async () => {
    const { dataDir, store } = await libraryFolder()
    // Not awaited: the batch must wait for it, and the backup must hold it.
    const queued = store.library.put('backgroundNote', backgroundNote('bg-2'))
    const before = { ...snapshot(store), backgroundNote: [backgroundNote('bg-1'), backgroundNote('bg-2')] }

    const result = await store.library.applyBatch(importBatch(), {
      backup: { at: new Date('2026-12-01T10:00:00.000Z'), label: 'before-import' }
    })
    await queued

    expect(result.backup).toBe('2026-12-01T10-00-00-000Z-before-import')
    const folder = join(dataDir, 'backups', result.backup!, 'library')
    const read = async (name: string) => JSON.parse(await readFile(join(folder, name), 'utf8')).items
    expect(await read('partners.json')).toEqual(before.partner)
    expect(await read('key-messages.json')).toEqual(before.keyMessage)
    expect(await read('background-notes.json')).toEqual(before.backgroundNote)
    // A second open does not rotate it away or mistake it for a start-up backup.
    await openStore(optionsFor(dataDir, { now: steppingClock(Date.parse('2027-01-01T00:00:00Z')), keepBackups: 1 }))
    expect(await readdir(join(dataDir, 'backups'))).toContain(result.backup)
  })

  it('cancels the batch when its check throws, before anything is written', async () => {
    const { dataDir, store } = await libraryFolder()
    const before = await hashFolder(dataDir)
    await expect(
      store.library.applyBatch(importBatch(), {
        backup: { at: new Date(), label: 'before-import' },
        check: () => {
          throw new Error('The library changed since the preview.')
        }
      })
    ).rejects.toThrow('changed since the preview')
    expect(await hashFolder(dataDir)).toEqual(before)
  })

  it('leaves memory and disk exactly as before when the batch file cannot be written', async () => {
    const { dataDir, store } = await libraryFolder()
    const before = snapshot(store)
    const filesBefore = await hashFolder(dataDir)
    const rename = nodeFs.rename
    vi.spyOn(nodeFs, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('pending-batch.json')) throw simulatedFailure()
      return rename(from, to)
    })

    await expect(store.library.applyBatch(importBatch())).rejects.toThrow(StoreError)

    expect(snapshot(store)).toEqual(before)
    expect(await hashFolder(dataDir)).toEqual(filesBefore)
    expect((await reopenedCopy(dataDir)).library).toEqual(before)
    // The store goes on: the next save works as usual.
    vi.restoreAllMocks()
    await store.library.put('partner', partner('peru'))
    expect((await reopenedCopy(dataDir)).library.partner.map((p) => p.id)).toEqual(['mexico', 'peru'])
  })

  it('is fully applied after a reopen when the second collection journal append fails half-way', async () => {
    const { dataDir, options, store } = await libraryFolder()
    const before = snapshot(store)
    const crashed = await makeTempDir()
    // The key messages are the second collection the batch appends to.
    interceptAppends('key-messages.journal.jsonl', async () => {
      await cp(dataDir, crashed, { recursive: true, force: true })
      throw simulatedFailure()
    })

    // The batch file was durable before the failure, so the batch is decided and the call succeeds.
    await store.library.applyBatch(importBatch())
    const after = snapshot(store)
    expect(after).not.toEqual(before)
    expect(after.partner.map((p) => p.name.en)).toEqual(['Mexico (HQ)', 'Chile'])

    // The partners journal has the batch, the key messages journal does not: a crash here ...
    const crashedPartners = await readFile(path(crashed, 'library/partners.journal.jsonl'), 'utf8')
    expect(crashedPartners).toContain('Mexico (HQ)')
    expect(await readFile(path(crashed, 'library/key-messages.journal.jsonl'), 'utf8')).toBe('')
    expect(await exists(path(crashed, PENDING))).toBe(true)
    // ... reopens to the whole batch, and so does the folder the failing store left.
    expect((await reopenedCopy(crashed)).library).toEqual(after)
    expect((await reopenedCopy(dataDir)).library).toEqual(after)

    // Once the disk works again, the next save first finishes the batch, then lands after it.
    vi.restoreAllMocks()
    await store.library.put('keyMessage', { ...keyMessage('km-2'), version: 2 })
    expect(await exists(path(dataDir, PENDING))).toBe(false)
    const reopened = await openStore(options)
    expect(reopened.library.get('keyMessage', 'km-2')?.version).toBe(2)
    expect(reopened.library.get('keyMessage', 'km-1')?.version).toBe(2)
    expect(reopened.notices).toEqual([])
  })

  it('refuses single saves while a decided batch cannot be finished, so none lands ahead of it', async () => {
    const { dataDir, store } = await libraryFolder()
    interceptAppends('key-messages.journal.jsonl', async () => {
      throw simulatedFailure()
    })
    await store.library.applyBatch(importBatch())
    // The partners journal works, but a partner saved now would land ahead of the key messages.
    await expect(store.library.put('partner', partner('peru'))).rejects.toThrow(StoreError)
    expect(store.library.get('partner', 'peru')).toBeUndefined()
    expect(await exists(path(dataDir, PENDING))).toBe(true)
  })

  it.each([
    ['before the batch file is renamed into place', 'before'],
    ['after the batch file is durable, before any journal append', 'after'],
    ['between two collections', 'after'],
    ['after every append, before the batch file is removed', 'after']
  ] as const)('a crash %s reopens to the library %s the batch', async (point, expected) => {
    const { dataDir, store } = await libraryFolder()
    const before = snapshot(store)
    const crashed = await makeTempDir()
    const crash = () => cp(dataDir, crashed, { recursive: true, force: true })
    let crashedOnce = false
    const crashOnce = async () => {
      if (crashedOnce) return
      crashedOnce = true
      await crash()
    }

    if (point === 'before the batch file is renamed into place') {
      const rename = nodeFs.rename
      vi.spyOn(nodeFs, 'rename').mockImplementation(async (from, to) => {
        if (String(to).endsWith('pending-batch.json')) await crashOnce()
        return rename(from, to)
      })
    } else if (point === 'after the batch file is durable, before any journal append') {
      interceptAppends('partners.journal.jsonl', crashOnce)
    } else if (point === 'between two collections') {
      interceptAppends('key-messages.journal.jsonl', crashOnce)
    } else {
      const unlink = nodeFs.unlink
      vi.spyOn(nodeFs, 'unlink').mockImplementation(async (target) => {
        if (String(target).endsWith('pending-batch.json')) await crashOnce()
        return unlink(target)
      })
    }

    await store.library.applyBatch(importBatch())
    expect(crashedOnce).toBe(true)
    const after = snapshot(store)

    const reopened = await reopenedCopy(crashed)
    expect(reopened.library).toEqual(expected === 'before' ? before : after)
    expect(reopened.store.notices).toEqual([])
    // The open finished the work: no batch file is left, and a further open changes nothing.
    expect(await exists(path(reopened.dataDir, PENDING))).toBe(false)
    expect((await reopenedCopy(reopened.dataDir)).library).toEqual(reopened.library)
  })

  it('applies a batch file left on disk at the next open, after the journals', async () => {
    const { dataDir, options, store } = await libraryFolder()
    // A save after the last open sits in the journal; the batch came later and wins.
    await store.library.put('partner', { ...partner('mexico', 'Mexico (local)'), version: 2 })
    await writeFile(
      path(dataDir, PENDING),
      JSON.stringify({ schemaVersion: 1, changes: importBatch().map(({ kind, item }) => ({ kind, item })) })
    )

    const reopened = await openStore(options)

    expect(reopened.library.get('partner', 'mexico')?.name.en).toBe('Mexico (HQ)')
    expect(reopened.library.list('partner').map((p) => p.id)).toEqual(['mexico', 'chile'])
    expect(reopened.library.list('irritant').map((i) => i.id)).toEqual(['irr-1', 'irr-2'])
    expect(await exists(path(dataDir, PENDING))).toBe(false)
    // Folded into the files, so the start-up backup of the next open holds the batch.
    const file = JSON.parse(await readFile(path(dataDir, 'library/irritants.json'), 'utf8'))
    expect(file.items.map((i: { id: string }) => i.id)).toEqual(['irr-1', 'irr-2'])
  })

  it('applies nothing of a damaged batch file, keeps it aside and says so', async () => {
    const { dataDir, options, store } = await libraryFolder()
    const before = snapshot(store)
    const changes = importBatch().map(({ kind, item }) => ({ kind, item }))
    // The last change breaks the contract: none of the batch may be applied.
    changes.push({ kind: 'keyMessage', item: { ...keyMessage('km-3'), marking: 'SECRET' } } as never)
    const text = JSON.stringify({ schemaVersion: 1, changes })
    await writeFile(path(dataDir, PENDING), text)

    const reopened = await openStore(options)

    expect(snapshot(reopened)).toEqual(before)
    expect(reopened.notices).toEqual([
      expect.objectContaining({ code: 'import-damaged', params: expect.objectContaining({ file: PENDING }) })
    ])
    const keptAs = reopened.notices[0]!.params.keptAs!
    expect(await readFile(path(dataDir, keptAs), 'utf8')).toBe(text)
    expect(await exists(path(dataDir, PENDING))).toBe(false)
  })

  it('refuses to open a folder whose batch file was written by a newer Dossier, and touches nothing', async () => {
    const { dataDir, options } = await libraryFolder()
    await writeFile(path(dataDir, PENDING), JSON.stringify({ schemaVersion: 99, changes: [] }))
    const before = await hashFolder(dataDir)
    await expect(openStore(options)).rejects.toMatchObject({ code: 'data-too-new' })
    expect(await hashFolder(dataDir)).toEqual(before)
  })

  it('makes single saves issued during a batch wait and land after it', async () => {
    const { options, store } = await libraryFolder()
    const batch = store.library.applyBatch(importBatch())
    const save = store.library.put('partner', { ...partner('mexico', 'Mexico (typed during import)'), version: 3 })
    await Promise.all([batch, save])
    expect(store.library.get('partner', 'mexico')?.name.en).toBe('Mexico (typed during import)')
    expect((await openStore(options)).library.get('partner', 'mexico')?.name.en).toBe('Mexico (typed during import)')
  })

  it('needs no batch file for an empty batch', async () => {
    const { dataDir, store } = await libraryFolder()
    const before = await hashFolder(dataDir)
    await mkdir(join(dataDir, 'library'), { recursive: true })
    await expect(store.library.applyBatch([], { backup: { at: new Date(), label: 'x' } })).resolves.toEqual({
      backup: null
    })
    expect(await hashFolder(dataDir)).toEqual(before)
  })
})
