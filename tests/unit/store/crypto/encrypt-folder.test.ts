import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { changePassphrase, encryptDataFolder, folderStatus } from '../../../../src/main/store/crypto/folder-commands'
import { nodeFs, openStore, releaseDataLock } from '../../../../src/main/store/index'
import type { StoreFs } from '../../../../src/main/store/index'
import type { Store, StoreOptions } from '../../../../src/main/store/index'
import { SimulatedDisk } from '../simulated-disk'
import type { SimulatedDisk as Disk } from '../simulated-disk'
import { brief, cleanTempDirs, keyMessage, makeTempDir, steppingClock, tinyDefaultLibrary } from '../helpers'

afterEach(cleanTempDirs)

const PASSPHRASE = 'plain folder, sealed at last'
// The lowest cost the key file accepts, so that every run of the crash campaign stays quick.
const CHEAP = { N: 2 ** 14, r: 8, p: 1 }

function options(dataDir: string, extra: Partial<StoreOptions> = {}): StoreOptions {
  return {
    dataDir,
    loadDefaultLibrary: async () => tinyDefaultLibrary(),
    now: steppingClock(),
    journalLimit: 3,
    ...extra
  }
}

/** Saves of every kind in a plain folder: folded, journaled, a brief, a backup from a second start. */
async function fillPlainFolder(dataDir: string, fs?: Disk['fs']): Promise<void> {
  const first = await openStore(options(dataDir, { fs }))
  await first.briefs.put(brief('visit', 'Visit of the minister'))
  await releaseDataLock(dataDir, fs)
  const store = await openStore(options(dataDir, { fs }))
  for (let save = 1; save <= 4; save++) {
    await store.library.put('keyMessage', { ...keyMessage('km-secret'), title: { en: `Secret line ${save}`, fr: '' } })
  }
  // The saved search index holds the library's words too.
  await store.searchIndex.write(() => Buffer.from(SAVED_INDEX))
  await store.flush()
  await releaseDataLock(dataDir, fs)
}

const SAVED_INDEX = 'Secret line, as the search index keeps it'

/** Every file under the folder but the lock, with its bytes, by relative path. */
async function filesOf(dataDir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  for (const name of await readdir(dataDir, { recursive: true })) {
    if (name === 'dossier.lock' || !(await stat(join(dataDir, name))).isFile()) continue
    found[name] = (await readFile(join(dataDir, name))).toString('base64')
  }
  return found
}

function holdsEverything(store: Store): string[] {
  const wrong: string[] = []
  if (store.library.get('keyMessage', 'km-secret')?.title.en !== 'Secret line 4') wrong.push('km-secret')
  if (store.briefs.get('visit')?.title.en !== 'Visit of the minister') wrong.push('brief visit')
  if (store.library.get('partner', 'mexico') === undefined) wrong.push('partner mexico')
  return wrong
}

describe('dossier data encrypt', () => {
  it('seals every file of a plain folder in place, backups included, and opens only with the passphrase', async () => {
    const dataDir = await makeTempDir()
    await fillPlainFolder(dataDir)
    expect(await folderStatus({ dataDir })).toMatchObject({ encrypted: false, holdsData: true })

    await encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP })

    expect(await folderStatus({ dataDir })).toMatchObject({
      encrypted: true,
      wraps: { passphrase: { kdf: 'scrypt', N: 2 ** 14 } }
    })
    for (const name of await readdir(dataDir, { recursive: true })) {
      if (!(await stat(join(dataDir, name))).isFile()) continue
      const text = (await readFile(join(dataDir, name))).toString('latin1')
      for (const secret of ['Secret line', 'Visit of the minister', 'Mexico', '"id":']) {
        expect(text.includes(secret), `${name} holds "${secret}"`).toBe(false)
      }
    }
    await expect(openStore(options(dataDir))).rejects.toMatchObject({ code: 'data-locked' })
    const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    expect(holdsEverything(store)).toEqual([])
    expect(store.notices).toEqual([])
    expect((await store.searchIndex.read())?.toString()).toBe(SAVED_INDEX)
  })

  it('keeps the backups usable: a file damaged with its copy comes back from a sealed backup', async () => {
    const dataDir = await makeTempDir()
    await fillPlainFolder(dataDir)
    await encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP })
    for (const name of ['briefs/visit.json', 'briefs/visit.json.copy']) await writeFile(join(dataDir, name), 'damaged')
    const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    expect(store.notices.map((notice) => [notice.code, notice.params.file])).toEqual([
      ['restored-from-backup', 'briefs/visit.json']
    ])
    expect(store.briefs.get('visit')?.title.en).toBe('Visit of the minister')
  })

  it('changes the passphrase by re-wrapping the key only, and refuses a wrong current one', async () => {
    const dataDir = await makeTempDir()
    await fillPlainFolder(dataDir)
    await encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP })
    const sealed = await readFile(join(dataDir, 'library', 'key-messages.json'))
    await expect(
      changePassphrase({ dataDir, current: 'not the passphrase', next: 'a brand new passphrase', kdf: CHEAP })
    ).rejects.toMatchObject({
      code: 'wrong-passphrase'
    })
    await changePassphrase({ dataDir, current: PASSPHRASE, next: 'a brand new passphrase', kdf: CHEAP })
    expect(await readFile(join(dataDir, 'library', 'key-messages.json'))).toEqual(sealed)
    await expect(openStore(options(dataDir, { passphrase: PASSPHRASE }))).rejects.toMatchObject({
      code: 'wrong-passphrase'
    })
    expect(holdsEverything(await openStore(options(dataDir, { passphrase: 'a brand new passphrase' })))).toEqual([])
  })

  it('refuses an encrypted, an empty folder and a short passphrase', async () => {
    const dataDir = await makeTempDir()
    await expect(encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP })).rejects.toMatchObject({
      code: 'invalid-input'
    })
    await fillPlainFolder(dataDir)
    await expect(encryptDataFolder({ dataDir, passphrase: 'short', kdf: CHEAP })).rejects.toMatchObject({
      code: 'invalid-input'
    })
    await encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP })
    await expect(encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP })).rejects.toMatchObject({
      code: 'invalid-input'
    })
  })

  it('tells how far it has come, in bytes sealed, from none to all', async () => {
    const dataDir = await makeTempDir()
    await fillPlainFolder(dataDir)
    const seen: { done: number; total: number }[] = []
    await encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP, onProgress: (step) => seen.push(step) })
    const total = seen[0]!.total
    expect(total).toBeGreaterThan(0)
    expect(seen[0]).toEqual({ done: 0, total })
    expect(seen.at(-1)).toEqual({ done: total, total })
    expect(
      seen.every((step, index) => step.total === total && (index === 0 || step.done > seen[index - 1]!.done))
    ).toBe(true)
  })

  it('on a full disk, leaves the plain folder as it was, staging gone, and says so', async () => {
    const dataDir = await makeTempDir()
    await fillPlainFolder(dataDir)
    const before = await filesOf(dataDir)
    let sealed = 0
    const fullDisk: StoreFs = {
      ...nodeFs,
      open: async (path, flags, mode) => {
        const handle = await nodeFs.open(path, flags, mode)
        if (!path.includes('.encrypting') || flags !== 'wx' || ++sealed < 3) return handle
        return {
          ...handle,
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
          }
        }
      }
    }
    await expect(
      encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP, fs: fullDisk })
    ).rejects.toMatchObject({
      code: 'encryption-failed',
      message: expect.stringContaining('The disk is full')
    })
    expect(await filesOf(dataDir)).toEqual(before)
    expect(holdsEverything(await openStore(options(dataDir)))).toEqual([])
  })

  it('finishes a decided encryption before anything else, instead of sealing the folder twice', async () => {
    const dataDir = await makeTempDir()
    await fillPlainFolder(dataDir)
    // Decided, then stopped before the key file was moved into place (the last step).
    const failingKeyMove: StoreFs = {
      ...nodeFs,
      rename: async (from, to) => {
        if (to === join(dataDir, 'dossier.key')) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })
        return nodeFs.rename(from, to)
      }
    }
    await expect(
      encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP, fs: failingKeyMove })
    ).rejects.toMatchObject({ code: 'storage-failed' })
    await expect(
      encryptDataFolder({ dataDir, passphrase: 'another passphrase entirely', kdf: CHEAP })
    ).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('already encrypted') })
    expect(holdsEverything(await openStore(options(dataDir, { passphrase: PASSPHRASE })))).toEqual([])
  })

  it(
    'leaves the whole plain folder or the whole encrypted one after a crash at any write boundary',
    { timeout: 120_000 },
    async () => {
      const dataDir = '/sim/data'
      const start = SimulatedDisk.withFolders('/sim')
      await fillPlainFolder(dataDir, start.fs)
      const prepared = start.reboot('kill')
      const outcomes = { plain: 0, encrypted: 0, told: 0 }
      for (let crashAt = 0; ; crashAt++) {
        for (const cut of ['power', 'kill'] as const) {
          const disk = prepared.reboot('kill')
          disk.crashAt = crashAt
          try {
            await encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: CHEAP, fs: disk.fs })
          } catch (error) {
            if (!disk.crashed) throw error
          }
          if (!disk.crashed) {
            console.info(
              `encrypt-folder: ${crashAt} crash points, each cut as power loss and as kill -9; ${outcomes.plain} left plain, ${outcomes.encrypted} encrypted, ${outcomes.told} with a notice`
            )
            expect(outcomes.plain).toBeGreaterThan(0)
            expect(outcomes.encrypted).toBeGreaterThan(0)
            expect(outcomes.told).toBeGreaterThan(0)
            return
          }
          const after = disk.reboot(cut)
          const status = await folderStatus({ dataDir, fs: after.fs })
          // Opening finishes a decided encryption first, so the status is read again after it.
          const store = await openStore(
            options(dataDir, { fs: after.fs, ...(status.encrypted ? { passphrase: PASSPHRASE } : {}) })
          ).catch(async (error: unknown) => {
            // Finished at this open: the folder turned out encrypted.
            if ((error as { code?: string }).code !== 'data-locked') throw error
            await releaseDataLock(dataDir, after.fs)
            return openStore(options(dataDir, { fs: after.fs, passphrase: PASSPHRASE }))
          })
          // Nothing to tell but, when the crash left a staging folder, what became of it.
          const told = store.notices.map((notice) => notice.code)
          expect({ crashAt, cut, wrong: holdsEverything(store), told: told.length <= 1 }).toEqual({
            crashAt,
            cut,
            wrong: [],
            told: true
          })
          const encrypted = (await folderStatus({ dataDir, fs: after.fs })).encrypted
          if (told.length === 1) expect(told[0]).toBe(encrypted ? 'encryption-finished' : 'encryption-undone')
          outcomes[encrypted ? 'encrypted' : 'plain']++
          if (told.length === 1) outcomes.told++
          await releaseDataLock(dataDir, after.fs)
        }
      }
    }
  )
})
