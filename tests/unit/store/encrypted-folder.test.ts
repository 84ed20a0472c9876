import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openStore, releaseDataLock } from '../../../src/main/store/index'
import type { StoreOptions } from '../../../src/main/store/index'
import { encryptDataFolder, folderStatus } from '../../../src/main/store/crypto/folder-commands'
import { brief, cleanTempDirs, keyMessage, makeTempDir, steppingClock } from './helpers'

afterEach(cleanTempDirs)

const PASSPHRASE = 'three unrelated words and more'

async function embeddedLibrary() {
  return JSON.parse(await readFile(join(process.cwd(), 'resources', 'default-library.json'), 'utf8'))
}

function options(dataDir: string, extra: Partial<StoreOptions> = {}): StoreOptions {
  return { dataDir, loadDefaultLibrary: embeddedLibrary, now: steppingClock(), journalLimit: 3, ...extra }
}

async function allFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true })
  const files: string[] = []
  for (const name of names) if ((await stat(join(dir, name))).isFile()) files.push(name)
  return files
}

/** A folder set up encrypted, with saves of every kind, folded and journaled, then given back. */
async function encryptedFolder(): Promise<string> {
  const dataDir = await makeTempDir()
  const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
  for (let save = 1; save <= 5; save++) {
    await store.library.put('keyMessage', { ...keyMessage('km-secret'), title: { en: `Secret line ${save}`, fr: '' } })
  }
  await store.briefs.put(brief('visit', 'Visit of the minister'))
  const at = '2026-11-26T15:00:00.000Z'
  await store.records.put({
    id: 'record-visit',
    briefId: 'visit',
    title: { en: 'Record of the visit', fr: '' },
    language: 'en',
    marking: 'PROTECTED B',
    meeting: { date: '2026-11-26', time: '', place: { en: '', fr: '' }, format: 'bilateral' },
    partnerIds: [],
    attendees: { canada: [], partner: [] },
    summary: { en: '', fr: '' },
    points: [],
    otherPoints: [],
    commitments: [
      {
        id: 'c-1',
        text: { en: 'Promised a quiet word to the minister', fr: '' },
        side: 'canada',
        owner: '',
        due: '',
        status: 'open',
        doneOn: ''
      }
    ],
    createdAt: at,
    updatedAt: at
  })
  await store.settings.update({ author: 'Officer Tremblay' })
  await store.flush()
  await releaseDataLock(dataDir)
  return dataDir
}

// Each open with the passphrase runs the real key derivation (about half a second alone, more when
// the suite runs in parallel).
describe('an encrypted data folder', { timeout: 60_000 }, () => {
  it('holds no readable content anywhere, only sealed files and its key file', async () => {
    const dataDir = await encryptedFolder()
    const files = await allFiles(dataDir)
    expect(files).toContain('dossier.key')
    expect(files).toContain('records.json')
    expect(files.some((name) => name.startsWith('backups'))).toBe(true)
    for (const name of files) {
      const text = (await readFile(join(dataDir, name))).toString('latin1')
      for (const secret of [
        'Seasonal Agricultural Worker Program',
        'Secret line',
        'Visit of the minister',
        'Promised a quiet word',
        'Tremblay',
        '"id":'
      ]) {
        expect(text.includes(secret), `${name} holds "${secret}"`).toBe(false)
      }
    }
  })

  it('opens with its passphrase, with every save there', async () => {
    const dataDir = await encryptedFolder()
    const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    expect(store.library.get('keyMessage', 'km-secret')?.title.en).toBe('Secret line 5')
    expect(store.briefs.get('visit')?.title.en).toBe('Visit of the minister')
    expect(store.settings.get().author).toBe('Officer Tremblay')
    expect(store.library.list('partner').length).toBeGreaterThan(10)
  })

  it('refuses a wrong passphrase, or none, and leaves every byte as it was', async () => {
    const dataDir = await encryptedFolder()
    const before = await Promise.all(
      (await allFiles(dataDir)).map(async (name) => [name, await readFile(join(dataDir, name))])
    )
    await expect(openStore(options(dataDir, { passphrase: 'not the right words' }))).rejects.toMatchObject({
      code: 'wrong-passphrase'
    })
    await expect(openStore(options(dataDir))).rejects.toMatchObject({ code: 'data-locked' })
    const after = await Promise.all(
      (await allFiles(dataDir)).map(async (name) => [name, await readFile(join(dataDir, name))])
    )
    expect(after).toEqual(before)
  })

  it('refuses a folder whose key file is gone, for any open or encryption, and changes nothing', async () => {
    const dataDir = await encryptedFolder()
    const aside = await makeTempDir()
    for (const name of ['dossier.key', 'dossier.key.copy']) await rename(join(dataDir, name), join(aside, name))
    const snapshot = async () =>
      Promise.all((await allFiles(dataDir)).map(async (name) => [name, await readFile(join(dataDir, name))]))
    const before = await snapshot()
    const missing = {
      code: 'key-missing',
      message: expect.stringMatching(/encrypted data, but its key file dossier\.key/)
    }
    // Taken for plain, every sealed file read as damage and was replaced by an empty one.
    await expect(openStore(options(dataDir))).rejects.toMatchObject(missing)
    await expect(openStore(options(dataDir, { passphrase: PASSPHRASE }))).rejects.toMatchObject(missing)
    await expect(folderStatus({ dataDir })).rejects.toMatchObject(missing)
    await expect(
      encryptDataFolder({ dataDir, passphrase: PASSPHRASE, kdf: { N: 2 ** 14, r: 8, p: 1 } })
    ).rejects.toMatchObject(missing)
    expect(await snapshot()).toEqual(before)

    for (const name of ['dossier.key', 'dossier.key.copy']) await rename(join(aside, name), join(dataDir, name))
    const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    expect(store.library.get('keyMessage', 'km-secret')?.title.en).toBe('Secret line 5')
  })

  it('refuses to put a passphrase on a folder that holds plain data', async () => {
    const dataDir = await makeTempDir()
    await openStore(options(dataDir))
    await releaseDataLock(dataDir)
    await expect(openStore(options(dataDir, { passphrase: PASSPHRASE }))).rejects.toMatchObject({
      code: 'invalid-input'
    })
  })

  it('detects a flipped byte in a library file, keeps it aside and restores it from its copy', async () => {
    const dataDir = await encryptedFolder()
    const path = join(dataDir, 'library', 'key-messages.json')
    const bytes = await readFile(path)
    bytes[bytes.length >> 1]! ^= 0x01
    await writeFile(path, bytes)
    const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    expect(store.notices.map((notice) => [notice.code, notice.params.file])).toEqual([
      ['restored-from-copy', 'library/key-messages.json']
    ])
    expect(store.library.get('keyMessage', 'km-secret')?.title.en).toBe('Secret line 5')
  })

  it('restores a flipped file from the backup when its copy is flipped too', async () => {
    const dataDir = await encryptedFolder()
    // A second start backs up the sealed files as they are.
    await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    await releaseDataLock(dataDir)
    for (const name of ['settings.json', 'settings.json.copy']) {
      const bytes = await readFile(join(dataDir, name))
      bytes[bytes.length - 3]! ^= 0x40
      await writeFile(join(dataDir, name), bytes)
    }
    const store = await openStore(options(dataDir, { passphrase: PASSPHRASE }))
    expect(store.notices.map((notice) => [notice.code, notice.params.file])).toEqual([
      ['restored-from-backup', 'settings.json']
    ])
    expect(store.settings.get().author).toBe('Officer Tremblay')
  })
})
