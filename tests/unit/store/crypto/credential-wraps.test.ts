import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CredentialWraps } from '../../../../src/main/store/crypto/credential-wraps'
import { keyIdOf } from '../../../../src/main/store/crypto/key-file'
import { FakeCredentialStore } from '../../../fake-credential-store'

// The data key wrapped by this computer account's credential store: kept in a folder of this
// account's own, never in the data folder, refused where it would not be protected, ignored (and
// said without content) where it does not open, and gone when turned off.

let root: string
let dataDir: string
let keysDir: string
let store: FakeCredentialStore
let warnings: string[]

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-credential-wraps-'))
  dataDir = join(root, 'Dossier')
  keysDir = join(root, 'Dossier computer keys')
  await mkdir(dataDir)
  store = new FakeCredentialStore()
  warnings = []
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const wrapsIn = (dir: string, data = dataDir) =>
  new CredentialWraps({ dir, dataDir: data, store, warn: (line) => warnings.push(line) })

/** Every name under a folder, recursively. */
const allNames = async (dir: string) => (await readdir(dir, { recursive: true })).map(String)

describe('keeping the data key for this computer account', () => {
  it('keeps it wrapped, 0600 in a 0700 folder of its own, one file named by its key id, and gives it back', async () => {
    const wraps = wrapsIn(keysDir)
    const dataKey = randomBytes(32)
    const keyId = keyIdOf(dataKey)
    expect(wraps.availability()).toEqual({ available: true })
    expect(await wraps.has(keyId)).toBe(false)
    expect(await wraps.read(keyId)).toEqual({ found: 'none' })

    await wraps.keep(dataKey)
    expect(await readdir(keysDir)).toEqual([`${keyId}.key`])
    const text = await readFile(join(keysDir, `${keyId}.key`), 'utf8')
    for (const form of ['base64', 'hex'] as const) expect(text).not.toContain(dataKey.toString(form))
    expect(JSON.parse(text)).toMatchObject({ format: 1, keyId })
    if (process.platform !== 'win32') {
      expect((await stat(keysDir)).mode & 0o777).toBe(0o700)
      expect((await stat(join(keysDir, `${keyId}.key`))).mode & 0o777).toBe(0o600)
    }
    expect(await wraps.has(keyId)).toBe(true)
    const kept = await wraps.read(keyId)
    expect(kept.found === 'key' && kept.dataKey.equals(dataKey)).toBe(true)
    // Nothing of it in the data folder.
    expect(await allNames(dataDir)).toEqual([])
    expect(warnings).toEqual([])
  })

  it('keeps one file per data key, and replaces its own without a temporary file left behind', async () => {
    const wraps = wrapsIn(keysDir)
    const first = randomBytes(32)
    const second = randomBytes(32)
    await wraps.keep(first)
    const before = await readFile(wraps.pathOf(keyIdOf(first)), 'utf8')
    await wraps.keep(first)
    await wraps.keep(second)
    expect((await readdir(keysDir)).sort()).toEqual([`${keyIdOf(first)}.key`, `${keyIdOf(second)}.key`].sort())
    // A new wrap each time (a fresh nonce from the store), of the same key.
    expect(await readFile(wraps.pathOf(keyIdOf(first)), 'utf8')).not.toBe(before)
    const kept = await wraps.read(keyIdOf(second))
    expect(kept.found === 'key' && kept.dataKey.equals(second)).toBe(true)
  })

  it('tightens a keys folder made open to others', async () => {
    if (process.platform === 'win32') return
    await mkdir(keysDir, { mode: 0o755 })
    await wrapsIn(keysDir).keep(randomBytes(32))
    expect((await stat(keysDir)).mode & 0o777).toBe(0o700)
  })

  it('deletes it when turned off; deleting none is fine', async () => {
    const wraps = wrapsIn(keysDir)
    const dataKey = randomBytes(32)
    await wraps.keep(dataKey)
    await wraps.remove(keyIdOf(dataKey))
    expect(await readdir(keysDir)).toEqual([])
    expect(await wraps.read(keyIdOf(dataKey))).toEqual({ found: 'none' })
    await expect(wraps.remove(keyIdOf(dataKey))).resolves.toBeUndefined()
  })

  it('names files only by a key id, so no name can lead out of its folder', () => {
    const wraps = wrapsIn(keysDir)
    for (const keyId of ['../../etc/passwd', 'ABCDEF0123456789', '0123', '']) {
      expect(() => wraps.pathOf(keyId)).toThrow(/16 hexadecimal digits/)
    }
  })
})

describe('where the key would not be protected', () => {
  it("refuses Linux's hard-coded fallback key (basic_text), and ignores a key kept before", async () => {
    const wraps = wrapsIn(keysDir)
    const dataKey = randomBytes(32)
    await wraps.keep(dataKey)
    store.backend = 'basic_text'
    expect(wraps.availability()).toEqual({ available: false, reason: 'basic-text' })
    await expect(wraps.keep(randomBytes(32))).rejects.toThrow(/basic-text/)
    expect(await readdir(keysDir)).toEqual([`${keyIdOf(dataKey)}.key`])
    expect(await wraps.read(keyIdOf(dataKey))).toEqual({ found: 'unreadable' })
    expect(warnings).toHaveLength(1)
  })

  it('says so when the system offers no credential store', async () => {
    store.available = false
    const wraps = wrapsIn(keysDir)
    expect(wraps.availability()).toEqual({ available: false, reason: 'no-store' })
    await expect(wraps.keep(randomBytes(32))).rejects.toThrow(/no-store/)
    await expect(readdir(keysDir)).rejects.toThrow()
  })

  it('never keeps it inside the data folder, even when the keys folder is put there', async () => {
    for (const dir of [join(dataDir, 'keys'), dataDir]) {
      const wraps = wrapsIn(dir)
      expect(wraps.availability()).toEqual({ available: false, reason: 'data-folder' })
      await expect(wraps.keep(randomBytes(32))).rejects.toThrow(/data-folder/)
    }
    // A data folder whose name merely begins like the keys folder's is another folder.
    expect(wrapsIn(`${dataDir}-keys`).availability()).toEqual({ available: true })
    expect(await allNames(dataDir)).toEqual([])
  })
})

describe('a kept key that does not open', () => {
  it('is ignored when another computer account (or a changed keyring) reads it, with a log line and no content', async () => {
    const wraps = wrapsIn(keysDir)
    const dataKey = randomBytes(32)
    await wraps.keep(dataKey)
    const wrapped = JSON.parse(await readFile(wraps.pathOf(keyIdOf(dataKey)), 'utf8')).wrapped as string
    store.becomeAccount('someone else on this computer')
    expect(await wraps.read(keyIdOf(dataKey))).toEqual({ found: 'unreadable' })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('could not open it')
    for (const secret of [dataKey.toString('base64'), dataKey.toString('hex'), wrapped]) {
      expect(warnings[0]).not.toContain(secret)
    }
    // Kept as it is: the keyring may come back, and turning the unlock on again replaces it.
    expect(await wraps.has(keyIdOf(dataKey))).toBe(true)
  })

  it('is ignored when it is damaged, or holds another key than its name says', async () => {
    const wraps = wrapsIn(keysDir)
    const dataKey = randomBytes(32)
    const other = randomBytes(32)
    await wraps.keep(other)
    await writeFile(wraps.pathOf(keyIdOf(dataKey)), '{"format":1,"keyId":"')
    expect(await wraps.read(keyIdOf(dataKey))).toEqual({ found: 'unreadable' })
    // A copy of another key's wrap under this key's name.
    const copied = (await readFile(wraps.pathOf(keyIdOf(other)), 'utf8')).replace(keyIdOf(other), keyIdOf(dataKey))
    await writeFile(wraps.pathOf(keyIdOf(dataKey)), copied)
    expect(await wraps.read(keyIdOf(dataKey))).toEqual({ found: 'unreadable' })
    expect(warnings).toHaveLength(2)
    expect(warnings[1]).toContain('does not hold the key')
  })
})
