import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OperationName } from '@shared/operations'
import { openApi } from '../../../../src/main/api'
import { createMemoryLogger } from '../../../../src/main/core/log'
import { launch } from '../../../../src/main/electron/launch'
import { callAsWindow, pointLaunchAt } from './launch-env'
import { releaseDataLock } from '../../../../src/main/store'
import { fakeApp } from '../../electron-fake'

// The app as launch() wires it, with Electron faked: started on a folder another computer holds,
// the window is refused, takes the folder over through its IPC channel, and from then on the
// very same channels answer from the open folder; quitting gives the folder back.

let dataDir: string
let restore: () => void

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-launch-'))
  restore = pointLaunchAt(dataDir)
})
afterEach(async () => {
  restore()
  await rm(dataDir, { recursive: true, force: true })
})

const call = (name: OperationName, input: unknown) => callAsWindow(name, input)

describe('launch on a folder another computer holds', () => {
  // Encrypting derives the key twice (to seal, then to open), on purpose slowly: room for a busy machine.
  it(
    'takes it over through the bound channels, encrypts it, serves the library on them, and gives it back at quit',
    { timeout: 30_000 },
    async () => {
      // A folder the other computer has been using holds plain data already (a new, empty one
      // would ask for a passphrase to set it up: launch-unlock.test.ts).
      await (
        await openApi({ dataDir, resourcesDir: join(process.cwd(), 'resources'), log: createMemoryLogger() })
      ).store?.flush()
      await releaseDataLock(dataDir)
      const lockPath = join(dataDir, 'dossier.lock')
      await writeFile(lockPath, JSON.stringify({ pid: 99, host: 'other-workstation', token: 'theirs', since: 'then' }))
      await launch()

      expect(await call('library.list', { kind: 'partner' })).toMatchObject({
        ok: false,
        error: { code: 'data-in-use', details: { host: 'other-workstation', lockPath } }
      })
      // Taken over, the plain folder is this window's, and waits to be encrypted before it opens.
      expect(await call('app.openDataFolder', { takeOver: true })).toMatchObject({
        ok: false,
        error: { code: 'needs-encryption' }
      })
      expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() })
      expect(
        await call('app.openDataFolder', { takeOver: false, passphrase: 'maple river lantern quietly' })
      ).toMatchObject({ ok: true, value: { dataDir, encrypted: true } })
      const partners = await call('library.list', { kind: 'partner' })
      expect(partners.ok && Array.isArray(partners.value) && partners.value.length).toBeGreaterThanOrEqual(20)
      expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() })

      const quit = new Promise<void>((resolve) => fakeApp.quit.mockImplementationOnce(() => resolve()))
      fakeApp.emit('before-quit', { preventDefault: () => undefined })
      await quit
      await expect(readFile(lockPath)).rejects.toThrow()
    }
  )
})
