import { existsSync } from 'node:fs'
import { lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, releaseDataLock, SCHEMA_VERSION } from '../../../src/main/store/index'
import { createFileLogger } from '../../../src/main/core/log'
import { cleanTempDirs, irritant, makeTempDir, optionsFor, partner, tinyDefaultLibrary } from './helpers'

// A data folder is hostile input: a link put at a data file's, a journal's or a kept folder's
// name must never bring a file from outside in, nor send a write out.

afterEach(cleanTempDirs)

const SECRET = 'root:x:0:0:a secret from outside the data folder\n'

/** A folder opened once with the tiny library, and a file outside it that links may name. */
async function folderAndOutside() {
  const dataDir = await makeTempDir()
  const outside = await makeTempDir()
  const secret = join(outside, 'secret.txt')
  await writeFile(secret, SECRET)
  const options = optionsFor(dataDir, { loadDefaultLibrary: async () => tinyDefaultLibrary() })
  const store = await openStore(options)
  await store.flush()
  await releaseDataLock(dataDir)
  return { dataDir, outside, secret, options }
}

/** Every file under a folder whose bytes hold the secret (links are not followed). */
async function filesHoldingSecret(dataDir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isFile() && (await readFile(path, 'utf8')).includes('a secret from outside')) found.push(path)
  }
  return found
}

describe('links inside the data folder', () => {
  it('a link at a data file is damage: repaired from the copy, moved aside as a link, its target never read', async () => {
    const { dataDir, outside, options } = await folderAndOutside()
    // What it names looks like a good collection file: read through the link, it would be taken.
    const secret = join(outside, 'irritants.json')
    const document = {
      schemaVersion: SCHEMA_VERSION,
      items: [{ ...irritant('irr-outside'), title: { en: SECRET, fr: SECRET } }]
    }
    await writeFile(secret, JSON.stringify(document))
    const before = await readFile(secret, 'utf8')
    const file = join(dataDir, 'library', 'irritants.json')
    await rm(file)
    await symlink(secret, file)

    // A read-only open (a listing) reads around it, and a writable one repairs it.
    const listing = await openStore({ ...options, readOnly: true })
    expect(listing.library.list('irritant').map((item) => item.id)).toEqual(['irr-1'])
    await releaseDataLock(dataDir)
    const store = await openStore(options)
    expect(store.library.list('irritant').map((item) => item.id)).toEqual(['irr-1'])
    expect(store.notices.map((notice) => notice.code)).toEqual(['restored-from-copy'])
    await store.flush()
    await releaseDataLock(dataDir)

    expect((await lstat(file)).isFile()).toBe(true)
    const keptAs = join(dataDir, store.notices[0]!.params.keptAs!)
    expect((await lstat(keptAs)).isSymbolicLink()).toBe(true)
    expect(await filesHoldingSecret(dataDir)).toEqual([])
    expect(await readFile(secret, 'utf8')).toBe(before)
  })

  it('a link at a journal is read from its copy; at either name it is moved aside and saves go on', async () => {
    const { dataDir, secret, options } = await folderAndOutside()
    const session = await openStore(options)
    await session.library.put('partner', partner('chile', 'Chile'))
    await session.flush()
    await releaseDataLock(dataDir)
    const journal = join(dataDir, 'library', 'partners.journal.jsonl')
    await rm(journal)
    await symlink(secret, journal)

    const store = await openStore(options)
    expect(store.library.get('partner', 'chile')?.name.en).toBe('Chile')
    expect(store.notices.map((notice) => notice.code)).toEqual(['restored-from-copy'])
    await store.library.put('partner', partner('peru', 'Peru'))
    await store.flush()
    await releaseDataLock(dataDir)

    // Now the copy's name: the journal holds every save, and the next save still goes through.
    await rm(`${journal}.copy`)
    await symlink(secret, `${journal}.copy`)
    const next = await openStore(options)
    expect(next.library.get('partner', 'peru')?.name.en).toBe('Peru')
    await next.library.put('partner', partner('brazil', 'Brazil'))
    await next.flush()
    await releaseDataLock(dataDir)
    const last = await openStore(options)
    expect(last.library.list('partner').map((item) => item.id)).toEqual(
      expect.arrayContaining(['chile', 'peru', 'brazil'])
    )
    await releaseDataLock(dataDir)

    expect((await lstat(journal)).isFile()).toBe(true)
    expect((await lstat(`${journal}.copy`)).isFile()).toBe(true)
    expect(await filesHoldingSecret(dataDir)).toEqual([])
    expect(await readFile(secret, 'utf8')).toBe(SECRET)
  })

  it('a link at a journal already folded in (empty) is moved aside too, and saves go on', async () => {
    const { dataDir, secret, options } = await folderAndOutside()
    // A save, then an open that folds it in (the journal is at its limit): the journal and its copy are left empty.
    const session = await openStore(options)
    await session.library.put('partner', partner('peru', 'Peru'))
    await session.flush()
    await releaseDataLock(dataDir)
    await openStore({ ...options, journalLimit: 1 })
    await releaseDataLock(dataDir)
    const journal = join(dataDir, 'library', 'partners.journal.jsonl')
    expect((await readFile(journal)).length).toBe(0)
    await rm(journal)
    await symlink(secret, journal)

    const store = await openStore(options)
    await store.library.put('partner', partner('chile', 'Chile'))
    await store.flush()
    await releaseDataLock(dataDir)
    expect((await lstat(journal)).isFile()).toBe(true)
    const next = await openStore(options)
    expect(next.library.get('partner', 'chile')?.name.en).toBe('Chile')
    await releaseDataLock(dataDir)
    expect(await readFile(secret, 'utf8')).toBe(SECRET)
  })

  it.each(['backups', 'recovered', 'logs', 'library'])(
    'refuses a folder whose %s is a link, writing nothing anywhere',
    async (name) => {
      const { dataDir, outside, options } = await folderAndOutside()
      const elsewhere = join(outside, 'elsewhere')
      await mkdir(elsewhere)
      await rm(join(dataDir, name), { recursive: true, force: true })
      await symlink(elsewhere, join(dataDir, name))

      await expect(openStore(options)).rejects.toMatchObject({ code: 'linked-folder', file: name })
      expect(await readdir(elsewhere)).toEqual([])
      expect(existsSync(join(dataDir, 'dossier.lock'))).toBe(false)
    }
  )
})

describe('the log beside the data', () => {
  it('never appends through a link, nor stops the program when it cannot write', async () => {
    const { dataDir, secret } = await folderAndOutside()
    await mkdir(join(dataDir, 'logs'), { recursive: true })
    const logFile = join(dataDir, 'logs', 'dossier-cli.log')
    await symlink(secret, logFile)
    const log = createFileLogger(logFile, { echoErrors: false })
    log.info('a line')
    log.error('a failure', new Error('boom'))
    expect(await readFile(secret, 'utf8')).toBe(SECRET)

    // Its folder a link to another place: nothing is written there either.
    const elsewhere = join(dataDir, 'elsewhere')
    await mkdir(elsewhere)
    await symlink(elsewhere, join(dataDir, 'linked-logs'))
    createFileLogger(join(dataDir, 'linked-logs', 'dossier.log'), { echoErrors: false }).info('a line')
    expect(await readdir(elsewhere)).toEqual([])
  })
})
