import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../../src/main/cli/main'
import { openStore, releaseDataLock } from '../../../../src/main/store'
import type { DefaultLibrary } from '../../../../src/main/store'

// Commands that only read open the data folder read-only: they must not make a start-up backup
// (ten `dossier list` runs would otherwise push every real backup out of the rotation), and the
// store they get must refuse changes, since no backup was made before them.

const silent = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done()
    }
  })

let dir: string
const dataDir = () => join(dir, 'data')
const cli = (...argv: string[]) =>
  runCli([...argv, '--data-dir', dataDir()], { out: silent(), err: silent(), root: process.cwd() })
const collected = () => {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'))
      done()
    }
  })
  return { stream, text: () => chunks.join('') }
}
/** Every file of the data folder but the command line's log, with its bytes. */
async function folderBytes(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dataDir(), { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isFile() && !path.startsWith(join(dataDir(), 'logs'))) files.set(path, await readFile(path))
  }
  return files
}
const backups = async () => (await readdir(join(dataDir(), 'backups')).catch(() => [])).sort()

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-read-only-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('read-only commands', () => {
  it('list and export make no backup, a bundle import still backs up first', async () => {
    expect(await cli('list', 'briefs')).toBe(0)
    expect(await cli('list', 'partners', '--json')).toBe(0)
    expect(await cli('export', 'brief', 'brief-mexico-asylum-capacity', '--out', join(dir, 'x.docx'))).toBe(0)
    expect(await cli('bundle', 'export', '--out', join(dir, 'all.dossier'))).toBe(0)
    expect(await cli('bundle', 'import', join(dir, 'all.dossier'), '--dry-run')).toBe(0)
    expect(await backups()).toEqual([])

    // Refused (this office signs nothing): checked read-only, so not even a backup is made.
    expect(await cli('bundle', 'import', join(dir, 'all.dossier'))).toBe(1)
    expect(await backups()).toEqual([])
    expect(await cli('bundle', 'import', join(dir, 'all.dossier'), '--accept-unsigned')).toBe(0)
    expect(await backups()).toHaveLength(1)
  })

  it('a read-only store refuses every change and leaves the files as they were', async () => {
    await cli('list', 'briefs')
    const briefFile = join(dataDir(), 'briefs', 'brief-mexico-asylum-capacity.json')
    const before = await readFile(briefFile, 'utf8')
    const store = await openStore({
      dataDir: dataDir(),
      loadDefaultLibrary: async () => ({}) as DefaultLibrary,
      readOnly: true
    })
    try {
      const brief = store.briefs.get('brief-mexico-asylum-capacity')
      const partner = store.library.list('partner')[0]
      expect(brief && partner).toBeTruthy()
      if (!brief || !partner) return
      await expect(store.briefs.put({ ...brief, objectives: { en: 'Changed', fr: 'Changé' } })).rejects.toThrow(
        /read-only/
      )
      await expect(store.briefs.remove(brief.id)).rejects.toThrow(/read-only/)
      await expect(store.library.put('partner', partner)).rejects.toThrow(/read-only/)
      await expect(store.library.remove('partner', partner.id)).rejects.toThrow(/read-only/)
      await expect(store.library.applyBatch([{ kind: 'partner', item: partner }])).rejects.toThrow(/read-only/)
      await expect(store.packages.remove('any')).rejects.toThrow(/read-only/)
      await expect(store.settings.update({ author: 'Someone' })).rejects.toThrow(/read-only/)
      // Reading goes on as usual.
      expect(store.briefs.list().map((each) => each.id)).toContain(brief.id)
      await store.flush()
    } finally {
      await releaseDataLock(dataDir())
    }
    expect(await readFile(briefFile, 'utf8')).toBe(before)
    expect(await backups()).toEqual([])
  })

  it('leaves the saves of the last session in their journal: a listing and a refused import change no byte', async () => {
    expect(await cli('bundle', 'export', '--out', join(dir, 'all.dossier'))).toBe(0)
    const session = await openStore({ dataDir: dataDir(), loadDefaultLibrary: async () => ({}) as DefaultLibrary })
    const partner = session.library.list('partner')[0]
    if (!partner) throw new Error('The default library has partners')
    await session.library.put('partner', { ...partner, name: { en: 'Renamed <&> 🌍', fr: 'Renommé' }, version: 2 })
    await session.flush()
    await releaseDataLock(dataDir())
    const before = await folderBytes()
    expect(before.get(join(dataDir(), 'library', 'partners.journal.jsonl'))?.length).toBeGreaterThan(0)

    const listing = collected()
    const code = await runCli(['list', 'partners', '--json', '--data-dir', dataDir()], {
      out: listing.stream,
      err: silent(),
      root: process.cwd()
    })
    expect(code).toBe(0)
    // The journal's save is read, not folded into the file.
    expect(listing.text()).toContain('Renamed <&> 🌍')
    expect(await cli('bundle', 'import', join(dir, 'all.dossier'))).toBe(1)

    expect(await folderBytes()).toEqual(before)
  })
})
