import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Partner } from '@shared/entities'
import { openApi } from '../../../../src/main/api'
import { createFileLogger } from '../../../../src/main/core/log'
import { nodeFs, releaseDataLock, StoreError } from '../../../../src/main/store'
import { newKeyFile, writeKeyFile } from '../../../../src/main/store/crypto/key-file'
import { testFileHost } from '../api/test-api'

// The log is the one file of the data folder that is not encrypted, so it must never quote the
// data: not what was saved, not what a refused file or a failed read held. Every text below
// carries a marker; the log is then read whole.

const resourcesDir = join(process.cwd(), 'resources')
const PASSPHRASE = 'maple river lantern quietly'
const MARKER = 'Zanzibar-quartz-7731'

let dataDir: string
let logFile: string

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-log-'))
  logFile = join(dataDir, 'logs', 'dossier.log')
})
afterEach(async () => {
  await releaseDataLock(dataDir)
  await rm(dataDir, { recursive: true, force: true })
})

const logText = () => readFile(logFile, 'utf8')

describe('the log file', () => {
  it('keeps the class and stack of an error whose message may quote data, but not the message', async () => {
    const log = createFileLogger(logFile, { echoErrors: false })
    let syntax: unknown
    try {
      JSON.parse(`{"name": "${MARKER}" oops}`)
    } catch (error) {
      syntax = error
    }
    log.error('Reading a bundle failed', syntax)
    log.error('A library failed', new Error(`could not read paragraph "${MARKER}"`))
    log.error('Thrown as is', `${MARKER} was thrown as a string`)
    log.error('With a cause', new StoreError('storage-failed', 'Dossier could not save library/partners.json.', {
      cause: new Error(`inner ${MARKER}`)
    }))

    const text = await logText()
    expect(text).not.toContain(MARKER)
    expect(text).toContain('SyntaxError (its message is not logged')
    expect(text).toContain('Dossier could not save library/partners.json.')
    expect(text).toContain('Caused by: Error (its message is not logged')
    expect(text).toMatch(/^\s+at .*log-content\.test\.ts/m)
  })

  it("keeps the system's own messages, which name a path and a reason", async () => {
    const log = createFileLogger(logFile, { echoErrors: false })
    const missing = join(dataDir, 'no-such-file')
    log.error('Reading failed', await readFile(missing).catch((error: unknown) => error))
    const text = await logText()
    expect(text).toContain(`Error [ENOENT]: ENOENT: no such file or directory, open '${missing}'`)
  })

  it('holds none of what an encrypted folder was used for, saved, refused or damaged', async () => {
    const { file } = await newKeyFile(PASSPHRASE, { N: 2 ** 14, r: 8, p: 1 })
    await writeKeyFile(nodeFs, dataDir, file)
    const log = createFileLogger(logFile, { echoErrors: false })
    const files = testFileHost()
    const session = await openApi({ dataDir, resourcesDir, log, app: {}, host: files })
    const opened = await session.api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })
    expect(opened.ok).toBe(true)
    const { api } = session

    const mexico = await api['library.get']({ kind: 'partner', id: 'partner-mexico' })
    if (!mexico.ok) throw new Error(mexico.error.message)
    const partner = mexico.value as Partner
    const saved = await api['library.save']({
      kind: 'partner',
      item: { ...partner, name: { en: `Mexico ${MARKER}`, fr: `Mexique ${MARKER}` } }
    })
    expect(saved.ok).toBe(true)
    // A stale version: refused as a conflict, with the user's words in the request.
    const stale = await api['library.save']({
      kind: 'partner',
      item: { ...partner, name: { en: `Stale ${MARKER}`, fr: `Périmé ${MARKER}` } },
      expectedVersion: partner.version
    })
    expect(stale.ok).toBe(false)
    const invalid = await api['library.save']({ kind: 'partner', item: { name: MARKER } })
    expect(invalid.ok).toBe(false)

    // Files from outside that quote the marker: a bundle that is not JSON, a Word file that is not a zip.
    const bundle = join(dataDir, 'hostile.dossier')
    await writeFile(bundle, `{"manifest": "${MARKER}" not json`)
    files.openFrom = [bundle]
    expect((await api['exchange.previewBundle']({})).ok).toBe(false)
    const word = join(dataDir, 'hostile.docx')
    await writeFile(word, `${MARKER} is not a Word document`)
    files.openFrom = [word]
    expect((await api['exchange.readWord']({})).ok).toBe(false)

    // A wrong passphrase after a lock, then the right one.
    await session.requestLock('user')
    expect((await api['app.openDataFolder']({ takeOver: false, passphrase: `${MARKER} wrong` })).ok).toBe(false)
    expect((await api['app.openDataFolder']({ takeOver: false, passphrase: PASSPHRASE })).ok).toBe(true)
    await session.store?.flush()

    const text = await logText()
    expect(text).toContain('locked the data folder')
    expect(text).toContain('A wrong passphrase was offered')
    expect(text).not.toContain(MARKER)
    expect(text).not.toContain(PASSPHRASE)
    expect(text).not.toContain('Seasonal Agricultural Worker Program')
    // The log is the folder's only plain file holding text (the lock names a computer, not data).
    const logs = await readdir(join(dataDir, 'logs'))
    expect(logs).toEqual(['dossier.log'])
  })
})
