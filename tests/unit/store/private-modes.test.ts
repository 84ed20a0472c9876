import { chmod, lstat, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createFileLogger } from '../../../src/main/core/log'
import { nodeFs, openStore, releaseDataLock } from '../../../src/main/store/index'
import { makeDataFolderPrivate } from '../../../src/main/store/private-modes'
import type { StoreFs } from '../../../src/main/store/store-fs'
import { brief, cleanTempDirs, makeTempDir, optionsFor, partner, steppingClock } from './helpers'
import { SimulatedDisk } from './simulated-disk'

afterEach(cleanTempDirs)

// On POSIX the data folder is its owner's alone: folders 0700, files 0600, including what an older
// Dossier made 0755 and 0644. Checked on real folders, by the modes the system reports.

/** Every entry of a folder (itself included, as '.') with its permission bits, links not followed. */
async function modes(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = { '.': ((await stat(dir)).mode & 0o777).toString(8) }
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    found[relative(dir, path)] = ((await lstat(path)).mode & 0o777).toString(8)
  }
  return found
}

/** What an older Dossier left: every folder 0755, every file 0644. */
async function loosen(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isDirectory()) await chmod(path, 0o755)
    else if (entry.isFile()) await chmod(path, 0o644)
  }
}

/** A data folder with every kind of thing in it: data, second copies, backups, a kept-aside file, logs. */
async function fullFolder(): Promise<string> {
  const dataDir = await makeTempDir()
  const options = optionsFor(dataDir, { now: steppingClock() })
  const first = await openStore(options)
  await first.library.put('partner', partner('mexico'))
  await first.briefs.put(brief('visit'))
  await first.flush()
  // A second start makes a backup; a damaged brief makes a kept-aside copy in recovered/.
  await writeFile(join(dataDir, 'briefs', 'visit.json'), '{"schemaVersion":1,"brief":')
  await openStore(options)
  createFileLogger(join(dataDir, 'logs', 'dossier.log'), { echoErrors: false }).info('started')
  await releaseDataLock(dataDir)
  return dataDir
}

function notPrivate(found: Record<string, string>, folders: Set<string>): string[] {
  return Object.entries(found)
    .filter(([path, mode]) => mode !== (folders.has(path) ? '700' : '600'))
    .map(([path, mode]) => `${path} ${mode}`)
}

async function foldersOf(dir: string): Promise<Set<string>> {
  const folders = new Set(['.'])
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) folders.add(relative(dir, join(entry.parentPath, entry.name)))
  }
  return folders
}

describe.skipIf(process.platform === 'win32')('data folder modes on POSIX', () => {
  it('a new data folder is 0700 with every file 0600', async () => {
    const dataDir = await fullFolder()
    const found = await modes(dataDir)
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['backups', 'recovered', 'logs', 'logs/dossier.log']))
    expect(notPrivate(found, await foldersOf(dataDir))).toEqual([])
  })

  it('a writable open makes a folder left 0755/0644 by an older Dossier private, logs, backups and recovered included', async () => {
    const dataDir = await fullFolder()
    await loosen(dataDir)
    const before = notPrivate(await modes(dataDir), await foldersOf(dataDir))
    expect(before).toEqual(expect.arrayContaining(['. 755', 'backups 755', 'recovered 755', 'logs/dossier.log 644']))

    await openStore(optionsFor(dataDir, { now: steppingClock(Date.parse('2026-11-27T08:00:00Z')) }))
    expect(notPrivate(await modes(dataDir), await foldersOf(dataDir))).toEqual([])
  })

  it('a read-only open changes no mode', async () => {
    const dataDir = await fullFolder()
    await loosen(dataDir)
    const before = await modes(dataDir)
    await openStore(optionsFor(dataDir, { readOnly: true }))
    const after = await modes(dataDir)
    // The lock file is the read-only open's own, made 0600; everything else is as it was.
    delete after['dossier.lock']
    expect(after).toEqual(before)
  })

  it('neither follows nor changes a symbolic link inside the data folder', async () => {
    const dataDir = await makeTempDir()
    const elsewhere = await makeTempDir()
    await writeFile(join(elsewhere, 'notes.txt'), 'not Dossier’s')
    await chmod(join(elsewhere, 'notes.txt'), 0o644)
    await chmod(elsewhere, 0o755)
    await symlink(elsewhere, join(dataDir, 'linked-folder'))
    await symlink(join(elsewhere, 'notes.txt'), join(dataDir, 'linked-file'))

    const outcome = await makeDataFolderPrivate(nodeFs, dataDir)
    expect(await modes(elsewhere)).toEqual({ '.': '755', 'notes.txt': '644' })
    expect(outcome.changed.some((path) => path.startsWith('linked'))).toBe(false)
  })

  it('follows the data folder itself when it is a link the user made', async () => {
    const target = await makeTempDir()
    await mkdir(join(target, 'library'), { mode: 0o755 })
    await writeFile(join(target, 'library', 'partners.json'), '{}', { mode: 0o644 })
    await chmod(target, 0o755)
    const link = join(await makeTempDir(), 'dossier-data')
    await symlink(target, link)

    await makeDataFolderPrivate(nodeFs, link)
    expect(await modes(target)).toEqual({ '.': '700', library: '700', 'library/partners.json': '600' })
  })

  it('changes nothing in a folder already private, and nothing at all on Windows', async () => {
    const dataDir = await fullFolder()
    expect(await makeDataFolderPrivate(nodeFs, dataDir)).toEqual({ changed: [], refused: [] })
    await loosen(dataDir)
    const before = await modes(dataDir)
    expect(await makeDataFolderPrivate(nodeFs, dataDir, 'win32')).toEqual({ changed: [], refused: [] })
    expect(await modes(dataDir)).toEqual(before)
  })

  it('opens all the same when the file system refuses a mode (a FAT USB key), and sets the others', async () => {
    const dataDir = await fullFolder()
    await loosen(dataDir)
    const refused = join(dataDir, 'library', 'partners.json')
    const refusing: StoreFs = {
      ...nodeFs,
      chmod: async (path, mode) => {
        if (path === refused) throw Object.assign(new Error('EPERM: simulated'), { code: 'EPERM' })
        return nodeFs.chmod(path, mode)
      }
    }
    const store = await openStore(
      optionsFor(dataDir, { fs: refusing, now: steppingClock(Date.parse('2026-11-28T08:00:00Z')) })
    )
    expect(store.library.get('partner', 'mexico')).toBeDefined()
    const left = notPrivate(await modes(dataDir), await foldersOf(dataDir))
    expect(left).toEqual(['library/partners.json 644'])
  })

  it('goes through the store’s file operations, so the simulated disk sees it too', async () => {
    const disk = SimulatedDisk.withFolders('/data/library')
    await disk.fs.chmod('/data', 0o755)
    await disk.fs.chmod('/data/library', 0o755)
    const handle = await disk.fs.open('/data/library/partners.json', 'w', 0o644)
    await handle.close()

    const outcome = await makeDataFolderPrivate(disk.fs, '/data', 'linux')
    expect(outcome.changed.sort()).toEqual(['.', 'library', 'library/partners.json'])
    expect([disk.modeOf('/data'), disk.modeOf('/data/library'), disk.modeOf('/data/library/partners.json')]).toEqual([
      0o700, 0o700, 0o600
    ])
  })
})

describe.skipIf(process.platform === 'win32')('the log file', () => {
  it('is created 0600 in a folder created 0700', async () => {
    const dir = join(await makeTempDir(), 'data', 'logs')
    createFileLogger(join(dir, 'dossier.log'), { echoErrors: false }).error('failed', new Error('disk'))
    expect(((await stat(dir)).mode & 0o777).toString(8)).toBe('700')
    expect(((await stat(join(dir, '..'))).mode & 0o777).toString(8)).toBe('700')
    expect(((await stat(join(dir, 'dossier.log'))).mode & 0o777).toString(8)).toBe('600')
  })
})
